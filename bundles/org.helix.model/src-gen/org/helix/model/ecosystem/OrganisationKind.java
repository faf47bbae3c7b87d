/**
 * Helix
 */
package org.helix.model.ecosystem;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Organisation Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.helix.model.ecosystem.EcosystemPackage#getOrganisationKind()
 * @model
 * @generated
 */
public enum OrganisationKind implements Enumerator {
	/**
	 * The '<em><b>UNSPECIFIED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNSPECIFIED_VALUE
	 * @generated
	 * @ordered
	 */
	UNSPECIFIED(0, "UNSPECIFIED", "UNSPECIFIED"),

	/**
	 * The '<em><b>COMPANY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMPANY_VALUE
	 * @generated
	 * @ordered
	 */
	COMPANY(1, "COMPANY", "COMPANY"),

	/**
	 * The '<em><b>KNOWLEDGE INSTITUTION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KNOWLEDGE_INSTITUTION_VALUE
	 * @generated
	 * @ordered
	 */
	KNOWLEDGE_INSTITUTION(2, "KNOWLEDGE_INSTITUTION", "KNOWLEDGE_INSTITUTION"),

	/**
	 * The '<em><b>UNIVERSITY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNIVERSITY_VALUE
	 * @generated
	 * @ordered
	 */
	UNIVERSITY(3, "UNIVERSITY", "UNIVERSITY"),

	/**
	 * The '<em><b>STRATEGIC RESEARCH CENTRE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STRATEGIC_RESEARCH_CENTRE_VALUE
	 * @generated
	 * @ordered
	 */
	STRATEGIC_RESEARCH_CENTRE(4, "STRATEGIC_RESEARCH_CENTRE", "STRATEGIC_RESEARCH_CENTRE"),

	/**
	 * The '<em><b>GOVERNMENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GOVERNMENT_VALUE
	 * @generated
	 * @ordered
	 */
	GOVERNMENT(5, "GOVERNMENT", "GOVERNMENT"),

	/**
	 * The '<em><b>GOVERNMENT AGENCY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GOVERNMENT_AGENCY_VALUE
	 * @generated
	 * @ordered
	 */
	GOVERNMENT_AGENCY(6, "GOVERNMENT_AGENCY", "GOVERNMENT_AGENCY"),

	/**
	 * The '<em><b>DEPARTMENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DEPARTMENT_VALUE
	 * @generated
	 * @ordered
	 */
	DEPARTMENT(7, "DEPARTMENT", "DEPARTMENT"),

	/**
	 * The '<em><b>MINISTRY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MINISTRY_VALUE
	 * @generated
	 * @ordered
	 */
	MINISTRY(8, "MINISTRY", "MINISTRY"),

	/**
	 * The '<em><b>CABINET</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CABINET_VALUE
	 * @generated
	 * @ordered
	 */
	CABINET(9, "CABINET", "CABINET"),

	/**
	 * The '<em><b>PARLIAMENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PARLIAMENT_VALUE
	 * @generated
	 * @ordered
	 */
	PARLIAMENT(10, "PARLIAMENT", "PARLIAMENT"),

	/**
	 * The '<em><b>ADVISORY COUNCIL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ADVISORY_COUNCIL_VALUE
	 * @generated
	 * @ordered
	 */
	ADVISORY_COUNCIL(11, "ADVISORY_COUNCIL", "ADVISORY_COUNCIL"),

	/**
	 * The '<em><b>REGULATOR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REGULATOR_VALUE
	 * @generated
	 * @ordered
	 */
	REGULATOR(12, "REGULATOR", "REGULATOR"),

	/**
	 * The '<em><b>INDUSTRY FEDERATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INDUSTRY_FEDERATION_VALUE
	 * @generated
	 * @ordered
	 */
	INDUSTRY_FEDERATION(13, "INDUSTRY_FEDERATION", "INDUSTRY_FEDERATION"),

	/**
	 * The '<em><b>SOCIAL PARTNER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SOCIAL_PARTNER_VALUE
	 * @generated
	 * @ordered
	 */
	SOCIAL_PARTNER(14, "SOCIAL_PARTNER", "SOCIAL_PARTNER"),

	/**
	 * The '<em><b>TRADE UNION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TRADE_UNION_VALUE
	 * @generated
	 * @ordered
	 */
	TRADE_UNION(15, "TRADE_UNION", "TRADE_UNION"),

	/**
	 * The '<em><b>EMPLOYER ORGANISATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EMPLOYER_ORGANISATION_VALUE
	 * @generated
	 * @ordered
	 */
	EMPLOYER_ORGANISATION(16, "EMPLOYER_ORGANISATION", "EMPLOYER_ORGANISATION"),

	/**
	 * The '<em><b>CLUSTER ORGANISATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CLUSTER_ORGANISATION_VALUE
	 * @generated
	 * @ordered
	 */
	CLUSTER_ORGANISATION(17, "CLUSTER_ORGANISATION", "CLUSTER_ORGANISATION"),

	/**
	 * The '<em><b>PORT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PORT_VALUE
	 * @generated
	 * @ordered
	 */
	PORT(18, "PORT", "PORT"),

	/**
	 * The '<em><b>INFRASTRUCTURE MANAGER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INFRASTRUCTURE_MANAGER_VALUE
	 * @generated
	 * @ordered
	 */
	INFRASTRUCTURE_MANAGER(19, "INFRASTRUCTURE_MANAGER", "INFRASTRUCTURE_MANAGER"),

	/**
	 * The '<em><b>UTILITY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UTILITY_VALUE
	 * @generated
	 * @ordered
	 */
	UTILITY(20, "UTILITY", "UTILITY"),

	/**
	 * The '<em><b>INVESTMENT COMPANY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INVESTMENT_COMPANY_VALUE
	 * @generated
	 * @ordered
	 */
	INVESTMENT_COMPANY(21, "INVESTMENT_COMPANY", "INVESTMENT_COMPANY"),

	/**
	 * The '<em><b>CONSULTANT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONSULTANT_VALUE
	 * @generated
	 * @ordered
	 */
	CONSULTANT(22, "CONSULTANT", "CONSULTANT"),

	/**
	 * The '<em><b>NGO</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NGO_VALUE
	 * @generated
	 * @ordered
	 */
	NGO(23, "NGO", "NGO"),

	/**
	 * The '<em><b>SOCIAL ECONOMY ENTERPRISE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SOCIAL_ECONOMY_ENTERPRISE_VALUE
	 * @generated
	 * @ordered
	 */
	SOCIAL_ECONOMY_ENTERPRISE(24, "SOCIAL_ECONOMY_ENTERPRISE", "SOCIAL_ECONOMY_ENTERPRISE"),

	/**
	 * The '<em><b>EU INSTITUTION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EU_INSTITUTION_VALUE
	 * @generated
	 * @ordered
	 */
	EU_INSTITUTION(25, "EU_INSTITUTION", "EU_INSTITUTION"),

	/**
	 * The '<em><b>INTERNATIONAL ORGANISATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTERNATIONAL_ORGANISATION_VALUE
	 * @generated
	 * @ordered
	 */
	INTERNATIONAL_ORGANISATION(26, "INTERNATIONAL_ORGANISATION", "INTERNATIONAL_ORGANISATION"),

	/**
	 * The '<em><b>PROGRAMME</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROGRAMME_VALUE
	 * @generated
	 * @ordered
	 */
	PROGRAMME(27, "PROGRAMME", "PROGRAMME"),

	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(28, "OTHER", "OTHER");

	/**
	 * The '<em><b>UNSPECIFIED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNSPECIFIED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int UNSPECIFIED_VALUE = 0;

	/**
	 * The '<em><b>COMPANY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMPANY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int COMPANY_VALUE = 1;

	/**
	 * The '<em><b>KNOWLEDGE INSTITUTION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KNOWLEDGE_INSTITUTION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int KNOWLEDGE_INSTITUTION_VALUE = 2;

	/**
	 * The '<em><b>UNIVERSITY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNIVERSITY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int UNIVERSITY_VALUE = 3;

	/**
	 * The '<em><b>STRATEGIC RESEARCH CENTRE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STRATEGIC_RESEARCH_CENTRE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int STRATEGIC_RESEARCH_CENTRE_VALUE = 4;

	/**
	 * The '<em><b>GOVERNMENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GOVERNMENT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int GOVERNMENT_VALUE = 5;

	/**
	 * The '<em><b>GOVERNMENT AGENCY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GOVERNMENT_AGENCY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int GOVERNMENT_AGENCY_VALUE = 6;

	/**
	 * The '<em><b>DEPARTMENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DEPARTMENT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DEPARTMENT_VALUE = 7;

	/**
	 * The '<em><b>MINISTRY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MINISTRY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MINISTRY_VALUE = 8;

	/**
	 * The '<em><b>CABINET</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CABINET
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CABINET_VALUE = 9;

	/**
	 * The '<em><b>PARLIAMENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PARLIAMENT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PARLIAMENT_VALUE = 10;

	/**
	 * The '<em><b>ADVISORY COUNCIL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ADVISORY_COUNCIL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ADVISORY_COUNCIL_VALUE = 11;

	/**
	 * The '<em><b>REGULATOR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REGULATOR
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int REGULATOR_VALUE = 12;

	/**
	 * The '<em><b>INDUSTRY FEDERATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INDUSTRY_FEDERATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INDUSTRY_FEDERATION_VALUE = 13;

	/**
	 * The '<em><b>SOCIAL PARTNER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SOCIAL_PARTNER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SOCIAL_PARTNER_VALUE = 14;

	/**
	 * The '<em><b>TRADE UNION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TRADE_UNION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TRADE_UNION_VALUE = 15;

	/**
	 * The '<em><b>EMPLOYER ORGANISATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EMPLOYER_ORGANISATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int EMPLOYER_ORGANISATION_VALUE = 16;

	/**
	 * The '<em><b>CLUSTER ORGANISATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CLUSTER_ORGANISATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CLUSTER_ORGANISATION_VALUE = 17;

	/**
	 * The '<em><b>PORT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PORT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PORT_VALUE = 18;

	/**
	 * The '<em><b>INFRASTRUCTURE MANAGER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INFRASTRUCTURE_MANAGER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INFRASTRUCTURE_MANAGER_VALUE = 19;

	/**
	 * The '<em><b>UTILITY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UTILITY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int UTILITY_VALUE = 20;

	/**
	 * The '<em><b>INVESTMENT COMPANY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INVESTMENT_COMPANY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INVESTMENT_COMPANY_VALUE = 21;

	/**
	 * The '<em><b>CONSULTANT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONSULTANT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CONSULTANT_VALUE = 22;

	/**
	 * The '<em><b>NGO</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NGO
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NGO_VALUE = 23;

	/**
	 * The '<em><b>SOCIAL ECONOMY ENTERPRISE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SOCIAL_ECONOMY_ENTERPRISE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SOCIAL_ECONOMY_ENTERPRISE_VALUE = 24;

	/**
	 * The '<em><b>EU INSTITUTION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EU_INSTITUTION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int EU_INSTITUTION_VALUE = 25;

	/**
	 * The '<em><b>INTERNATIONAL ORGANISATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTERNATIONAL_ORGANISATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INTERNATIONAL_ORGANISATION_VALUE = 26;

	/**
	 * The '<em><b>PROGRAMME</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROGRAMME
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PROGRAMME_VALUE = 27;

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 28;

	/**
	 * An array of all the '<em><b>Organisation Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final OrganisationKind[] VALUES_ARRAY =
		new OrganisationKind[] {
			UNSPECIFIED,
			COMPANY,
			KNOWLEDGE_INSTITUTION,
			UNIVERSITY,
			STRATEGIC_RESEARCH_CENTRE,
			GOVERNMENT,
			GOVERNMENT_AGENCY,
			DEPARTMENT,
			MINISTRY,
			CABINET,
			PARLIAMENT,
			ADVISORY_COUNCIL,
			REGULATOR,
			INDUSTRY_FEDERATION,
			SOCIAL_PARTNER,
			TRADE_UNION,
			EMPLOYER_ORGANISATION,
			CLUSTER_ORGANISATION,
			PORT,
			INFRASTRUCTURE_MANAGER,
			UTILITY,
			INVESTMENT_COMPANY,
			CONSULTANT,
			NGO,
			SOCIAL_ECONOMY_ENTERPRISE,
			EU_INSTITUTION,
			INTERNATIONAL_ORGANISATION,
			PROGRAMME,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Organisation Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<OrganisationKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Organisation Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static OrganisationKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			OrganisationKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Organisation Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static OrganisationKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			OrganisationKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Organisation Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static OrganisationKind get(int value) {
		switch (value) {
			case UNSPECIFIED_VALUE: return UNSPECIFIED;
			case COMPANY_VALUE: return COMPANY;
			case KNOWLEDGE_INSTITUTION_VALUE: return KNOWLEDGE_INSTITUTION;
			case UNIVERSITY_VALUE: return UNIVERSITY;
			case STRATEGIC_RESEARCH_CENTRE_VALUE: return STRATEGIC_RESEARCH_CENTRE;
			case GOVERNMENT_VALUE: return GOVERNMENT;
			case GOVERNMENT_AGENCY_VALUE: return GOVERNMENT_AGENCY;
			case DEPARTMENT_VALUE: return DEPARTMENT;
			case MINISTRY_VALUE: return MINISTRY;
			case CABINET_VALUE: return CABINET;
			case PARLIAMENT_VALUE: return PARLIAMENT;
			case ADVISORY_COUNCIL_VALUE: return ADVISORY_COUNCIL;
			case REGULATOR_VALUE: return REGULATOR;
			case INDUSTRY_FEDERATION_VALUE: return INDUSTRY_FEDERATION;
			case SOCIAL_PARTNER_VALUE: return SOCIAL_PARTNER;
			case TRADE_UNION_VALUE: return TRADE_UNION;
			case EMPLOYER_ORGANISATION_VALUE: return EMPLOYER_ORGANISATION;
			case CLUSTER_ORGANISATION_VALUE: return CLUSTER_ORGANISATION;
			case PORT_VALUE: return PORT;
			case INFRASTRUCTURE_MANAGER_VALUE: return INFRASTRUCTURE_MANAGER;
			case UTILITY_VALUE: return UTILITY;
			case INVESTMENT_COMPANY_VALUE: return INVESTMENT_COMPANY;
			case CONSULTANT_VALUE: return CONSULTANT;
			case NGO_VALUE: return NGO;
			case SOCIAL_ECONOMY_ENTERPRISE_VALUE: return SOCIAL_ECONOMY_ENTERPRISE;
			case EU_INSTITUTION_VALUE: return EU_INSTITUTION;
			case INTERNATIONAL_ORGANISATION_VALUE: return INTERNATIONAL_ORGANISATION;
			case PROGRAMME_VALUE: return PROGRAMME;
			case OTHER_VALUE: return OTHER;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private OrganisationKind(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //OrganisationKind
