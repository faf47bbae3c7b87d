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
 * A representation of the literals of the enumeration '<em><b>Relationship Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.helix.model.ecosystem.EcosystemPackage#getRelationshipKind()
 * @model
 * @generated
 */
public enum RelationshipKind implements Enumerator {
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
	 * The '<em><b>MEMBER OF</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MEMBER_OF_VALUE
	 * @generated
	 * @ordered
	 */
	MEMBER_OF(1, "MEMBER_OF", "MEMBER_OF"),

	/**
	 * The '<em><b>PART OF</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PART_OF_VALUE
	 * @generated
	 * @ordered
	 */
	PART_OF(2, "PART_OF", "PART_OF"),

	/**
	 * The '<em><b>PARTNER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PARTNER_VALUE
	 * @generated
	 * @ordered
	 */
	PARTNER(3, "PARTNER", "PARTNER"),

	/**
	 * The '<em><b>CUSTOMER SUPPLIER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CUSTOMER_SUPPLIER_VALUE
	 * @generated
	 * @ordered
	 */
	CUSTOMER_SUPPLIER(4, "CUSTOMER_SUPPLIER", "CUSTOMER_SUPPLIER"),

	/**
	 * The '<em><b>RESEARCH COLLABORATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RESEARCH_COLLABORATION_VALUE
	 * @generated
	 * @ordered
	 */
	RESEARCH_COLLABORATION(5, "RESEARCH_COLLABORATION", "RESEARCH_COLLABORATION"),

	/**
	 * The '<em><b>CO FINANCING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CO_FINANCING_VALUE
	 * @generated
	 * @ordered
	 */
	CO_FINANCING(6, "CO_FINANCING", "CO_FINANCING"),

	/**
	 * The '<em><b>FUNDS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FUNDS_VALUE
	 * @generated
	 * @ordered
	 */
	FUNDS(7, "FUNDS", "FUNDS"),

	/**
	 * The '<em><b>REPRESENTS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REPRESENTS_VALUE
	 * @generated
	 * @ordered
	 */
	REPRESENTS(8, "REPRESENTS", "REPRESENTS"),

	/**
	 * The '<em><b>OWNS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OWNS_VALUE
	 * @generated
	 * @ordered
	 */
	OWNS(9, "OWNS", "OWNS"),

	/**
	 * The '<em><b>ADVISES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ADVISES_VALUE
	 * @generated
	 * @ordered
	 */
	ADVISES(10, "ADVISES", "ADVISES"),

	/**
	 * The '<em><b>REPORTS TO</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REPORTS_TO_VALUE
	 * @generated
	 * @ordered
	 */
	REPORTS_TO(11, "REPORTS_TO", "REPORTS_TO"),

	/**
	 * The '<em><b>FEEDBACK LOOP</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FEEDBACK_LOOP_VALUE
	 * @generated
	 * @ordered
	 */
	FEEDBACK_LOOP(12, "FEEDBACK_LOOP", "FEEDBACK_LOOP"),

	/**
	 * The '<em><b>ALIGNMENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ALIGNMENT_VALUE
	 * @generated
	 * @ordered
	 */
	ALIGNMENT(13, "ALIGNMENT", "ALIGNMENT"),

	/**
	 * The '<em><b>MATERIAL FLOW</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MATERIAL_FLOW_VALUE
	 * @generated
	 * @ordered
	 */
	MATERIAL_FLOW(14, "MATERIAL_FLOW", "MATERIAL_FLOW"),

	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(15, "OTHER", "OTHER");

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
	 * The '<em><b>MEMBER OF</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MEMBER_OF
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MEMBER_OF_VALUE = 1;

	/**
	 * The '<em><b>PART OF</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PART_OF
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PART_OF_VALUE = 2;

	/**
	 * The '<em><b>PARTNER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PARTNER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PARTNER_VALUE = 3;

	/**
	 * The '<em><b>CUSTOMER SUPPLIER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CUSTOMER_SUPPLIER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CUSTOMER_SUPPLIER_VALUE = 4;

	/**
	 * The '<em><b>RESEARCH COLLABORATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RESEARCH_COLLABORATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int RESEARCH_COLLABORATION_VALUE = 5;

	/**
	 * The '<em><b>CO FINANCING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CO_FINANCING
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CO_FINANCING_VALUE = 6;

	/**
	 * The '<em><b>FUNDS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FUNDS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FUNDS_VALUE = 7;

	/**
	 * The '<em><b>REPRESENTS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REPRESENTS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int REPRESENTS_VALUE = 8;

	/**
	 * The '<em><b>OWNS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OWNS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OWNS_VALUE = 9;

	/**
	 * The '<em><b>ADVISES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ADVISES
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ADVISES_VALUE = 10;

	/**
	 * The '<em><b>REPORTS TO</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REPORTS_TO
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int REPORTS_TO_VALUE = 11;

	/**
	 * The '<em><b>FEEDBACK LOOP</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FEEDBACK_LOOP
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FEEDBACK_LOOP_VALUE = 12;

	/**
	 * The '<em><b>ALIGNMENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ALIGNMENT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ALIGNMENT_VALUE = 13;

	/**
	 * The '<em><b>MATERIAL FLOW</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MATERIAL_FLOW
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MATERIAL_FLOW_VALUE = 14;

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 15;

	/**
	 * An array of all the '<em><b>Relationship Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final RelationshipKind[] VALUES_ARRAY =
		new RelationshipKind[] {
			UNSPECIFIED,
			MEMBER_OF,
			PART_OF,
			PARTNER,
			CUSTOMER_SUPPLIER,
			RESEARCH_COLLABORATION,
			CO_FINANCING,
			FUNDS,
			REPRESENTS,
			OWNS,
			ADVISES,
			REPORTS_TO,
			FEEDBACK_LOOP,
			ALIGNMENT,
			MATERIAL_FLOW,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Relationship Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<RelationshipKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Relationship Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RelationshipKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			RelationshipKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Relationship Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RelationshipKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			RelationshipKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Relationship Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RelationshipKind get(int value) {
		switch (value) {
			case UNSPECIFIED_VALUE: return UNSPECIFIED;
			case MEMBER_OF_VALUE: return MEMBER_OF;
			case PART_OF_VALUE: return PART_OF;
			case PARTNER_VALUE: return PARTNER;
			case CUSTOMER_SUPPLIER_VALUE: return CUSTOMER_SUPPLIER;
			case RESEARCH_COLLABORATION_VALUE: return RESEARCH_COLLABORATION;
			case CO_FINANCING_VALUE: return CO_FINANCING;
			case FUNDS_VALUE: return FUNDS;
			case REPRESENTS_VALUE: return REPRESENTS;
			case OWNS_VALUE: return OWNS;
			case ADVISES_VALUE: return ADVISES;
			case REPORTS_TO_VALUE: return REPORTS_TO;
			case FEEDBACK_LOOP_VALUE: return FEEDBACK_LOOP;
			case ALIGNMENT_VALUE: return ALIGNMENT;
			case MATERIAL_FLOW_VALUE: return MATERIAL_FLOW;
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
	private RelationshipKind(int value, String name, String literal) {
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
	
} //RelationshipKind
