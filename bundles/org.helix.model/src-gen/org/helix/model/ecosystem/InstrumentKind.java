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
 * A representation of the literals of the enumeration '<em><b>Instrument Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.helix.model.ecosystem.EcosystemPackage#getInstrumentKind()
 * @model
 * @generated
 */
public enum InstrumentKind implements Enumerator {
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
	 * The '<em><b>REGULATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REGULATION_VALUE
	 * @generated
	 * @ordered
	 */
	REGULATION(1, "REGULATION", "REGULATION"),

	/**
	 * The '<em><b>DIRECTIVE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DIRECTIVE_VALUE
	 * @generated
	 * @ordered
	 */
	DIRECTIVE(2, "DIRECTIVE", "DIRECTIVE"),

	/**
	 * The '<em><b>EMISSIONS TRADING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EMISSIONS_TRADING_VALUE
	 * @generated
	 * @ordered
	 */
	EMISSIONS_TRADING(3, "EMISSIONS_TRADING", "EMISSIONS_TRADING"),

	/**
	 * The '<em><b>LEVY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LEVY_VALUE
	 * @generated
	 * @ordered
	 */
	LEVY(4, "LEVY", "LEVY"),

	/**
	 * The '<em><b>BORDER ADJUSTMENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BORDER_ADJUSTMENT_VALUE
	 * @generated
	 * @ordered
	 */
	BORDER_ADJUSTMENT(5, "BORDER_ADJUSTMENT", "BORDER_ADJUSTMENT"),

	/**
	 * The '<em><b>ENERGY TAX</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ENERGY_TAX_VALUE
	 * @generated
	 * @ordered
	 */
	ENERGY_TAX(6, "ENERGY_TAX", "ENERGY_TAX"),

	/**
	 * The '<em><b>NORM</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NORM_VALUE
	 * @generated
	 * @ordered
	 */
	NORM(7, "NORM", "NORM"),

	/**
	 * The '<em><b>TAILOR MADE AGREEMENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TAILOR_MADE_AGREEMENT_VALUE
	 * @generated
	 * @ordered
	 */
	TAILOR_MADE_AGREEMENT(8, "TAILOR_MADE_AGREEMENT", "TAILOR_MADE_AGREEMENT"),

	/**
	 * The '<em><b>GRANT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GRANT_VALUE
	 * @generated
	 * @ordered
	 */
	GRANT(9, "GRANT", "GRANT"),

	/**
	 * The '<em><b>CONTRACT FOR DIFFERENCE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONTRACT_FOR_DIFFERENCE_VALUE
	 * @generated
	 * @ordered
	 */
	CONTRACT_FOR_DIFFERENCE(10, "CONTRACT_FOR_DIFFERENCE", "CONTRACT_FOR_DIFFERENCE"),

	/**
	 * The '<em><b>RD SUPPORT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RD_SUPPORT_VALUE
	 * @generated
	 * @ordered
	 */
	RD_SUPPORT(11, "RD_SUPPORT", "RD_SUPPORT"),

	/**
	 * The '<em><b>INVESTMENT AID</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INVESTMENT_AID_VALUE
	 * @generated
	 * @ordered
	 */
	INVESTMENT_AID(12, "INVESTMENT_AID", "INVESTMENT_AID"),

	/**
	 * The '<em><b>INNOVATION FUND</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INNOVATION_FUND_VALUE
	 * @generated
	 * @ordered
	 */
	INNOVATION_FUND(13, "INNOVATION_FUND", "INNOVATION_FUND"),

	/**
	 * The '<em><b>EQUITY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EQUITY_VALUE
	 * @generated
	 * @ordered
	 */
	EQUITY(14, "EQUITY", "EQUITY"),

	/**
	 * The '<em><b>LOAN OR ADVANCE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LOAN_OR_ADVANCE_VALUE
	 * @generated
	 * @ordered
	 */
	LOAN_OR_ADVANCE(15, "LOAN_OR_ADVANCE", "LOAN_OR_ADVANCE"),

	/**
	 * The '<em><b>TAX MEASURE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TAX_MEASURE_VALUE
	 * @generated
	 * @ordered
	 */
	TAX_MEASURE(16, "TAX_MEASURE", "TAX_MEASURE"),

	/**
	 * The '<em><b>COMPENSATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMPENSATION_VALUE
	 * @generated
	 * @ordered
	 */
	COMPENSATION(17, "COMPENSATION", "COMPENSATION"),

	/**
	 * The '<em><b>STATE AID SCHEME</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STATE_AID_SCHEME_VALUE
	 * @generated
	 * @ordered
	 */
	STATE_AID_SCHEME(18, "STATE_AID_SCHEME", "STATE_AID_SCHEME"),

	/**
	 * The '<em><b>EU PROGRAMME</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EU_PROGRAMME_VALUE
	 * @generated
	 * @ordered
	 */
	EU_PROGRAMME(19, "EU_PROGRAMME", "EU_PROGRAMME"),

	/**
	 * The '<em><b>PROCUREMENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROCUREMENT_VALUE
	 * @generated
	 * @ordered
	 */
	PROCUREMENT(20, "PROCUREMENT", "PROCUREMENT"),

	/**
	 * The '<em><b>FUND</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FUND_VALUE
	 * @generated
	 * @ordered
	 */
	FUND(21, "FUND", "FUND"),

	/**
	 * The '<em><b>PLATFORM</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PLATFORM_VALUE
	 * @generated
	 * @ordered
	 */
	PLATFORM(22, "PLATFORM", "PLATFORM"),

	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(23, "OTHER", "OTHER");

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
	 * The '<em><b>REGULATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REGULATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int REGULATION_VALUE = 1;

	/**
	 * The '<em><b>DIRECTIVE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DIRECTIVE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DIRECTIVE_VALUE = 2;

	/**
	 * The '<em><b>EMISSIONS TRADING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EMISSIONS_TRADING
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int EMISSIONS_TRADING_VALUE = 3;

	/**
	 * The '<em><b>LEVY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LEVY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LEVY_VALUE = 4;

	/**
	 * The '<em><b>BORDER ADJUSTMENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BORDER_ADJUSTMENT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int BORDER_ADJUSTMENT_VALUE = 5;

	/**
	 * The '<em><b>ENERGY TAX</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ENERGY_TAX
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ENERGY_TAX_VALUE = 6;

	/**
	 * The '<em><b>NORM</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NORM
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NORM_VALUE = 7;

	/**
	 * The '<em><b>TAILOR MADE AGREEMENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TAILOR_MADE_AGREEMENT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TAILOR_MADE_AGREEMENT_VALUE = 8;

	/**
	 * The '<em><b>GRANT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GRANT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int GRANT_VALUE = 9;

	/**
	 * The '<em><b>CONTRACT FOR DIFFERENCE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONTRACT_FOR_DIFFERENCE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CONTRACT_FOR_DIFFERENCE_VALUE = 10;

	/**
	 * The '<em><b>RD SUPPORT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RD_SUPPORT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int RD_SUPPORT_VALUE = 11;

	/**
	 * The '<em><b>INVESTMENT AID</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INVESTMENT_AID
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INVESTMENT_AID_VALUE = 12;

	/**
	 * The '<em><b>INNOVATION FUND</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INNOVATION_FUND
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INNOVATION_FUND_VALUE = 13;

	/**
	 * The '<em><b>EQUITY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EQUITY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int EQUITY_VALUE = 14;

	/**
	 * The '<em><b>LOAN OR ADVANCE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LOAN_OR_ADVANCE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LOAN_OR_ADVANCE_VALUE = 15;

	/**
	 * The '<em><b>TAX MEASURE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TAX_MEASURE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TAX_MEASURE_VALUE = 16;

	/**
	 * The '<em><b>COMPENSATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMPENSATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int COMPENSATION_VALUE = 17;

	/**
	 * The '<em><b>STATE AID SCHEME</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STATE_AID_SCHEME
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int STATE_AID_SCHEME_VALUE = 18;

	/**
	 * The '<em><b>EU PROGRAMME</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EU_PROGRAMME
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int EU_PROGRAMME_VALUE = 19;

	/**
	 * The '<em><b>PROCUREMENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROCUREMENT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PROCUREMENT_VALUE = 20;

	/**
	 * The '<em><b>FUND</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FUND
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FUND_VALUE = 21;

	/**
	 * The '<em><b>PLATFORM</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PLATFORM
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PLATFORM_VALUE = 22;

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 23;

	/**
	 * An array of all the '<em><b>Instrument Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final InstrumentKind[] VALUES_ARRAY =
		new InstrumentKind[] {
			UNSPECIFIED,
			REGULATION,
			DIRECTIVE,
			EMISSIONS_TRADING,
			LEVY,
			BORDER_ADJUSTMENT,
			ENERGY_TAX,
			NORM,
			TAILOR_MADE_AGREEMENT,
			GRANT,
			CONTRACT_FOR_DIFFERENCE,
			RD_SUPPORT,
			INVESTMENT_AID,
			INNOVATION_FUND,
			EQUITY,
			LOAN_OR_ADVANCE,
			TAX_MEASURE,
			COMPENSATION,
			STATE_AID_SCHEME,
			EU_PROGRAMME,
			PROCUREMENT,
			FUND,
			PLATFORM,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Instrument Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<InstrumentKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Instrument Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static InstrumentKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			InstrumentKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Instrument Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static InstrumentKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			InstrumentKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Instrument Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static InstrumentKind get(int value) {
		switch (value) {
			case UNSPECIFIED_VALUE: return UNSPECIFIED;
			case REGULATION_VALUE: return REGULATION;
			case DIRECTIVE_VALUE: return DIRECTIVE;
			case EMISSIONS_TRADING_VALUE: return EMISSIONS_TRADING;
			case LEVY_VALUE: return LEVY;
			case BORDER_ADJUSTMENT_VALUE: return BORDER_ADJUSTMENT;
			case ENERGY_TAX_VALUE: return ENERGY_TAX;
			case NORM_VALUE: return NORM;
			case TAILOR_MADE_AGREEMENT_VALUE: return TAILOR_MADE_AGREEMENT;
			case GRANT_VALUE: return GRANT;
			case CONTRACT_FOR_DIFFERENCE_VALUE: return CONTRACT_FOR_DIFFERENCE;
			case RD_SUPPORT_VALUE: return RD_SUPPORT;
			case INVESTMENT_AID_VALUE: return INVESTMENT_AID;
			case INNOVATION_FUND_VALUE: return INNOVATION_FUND;
			case EQUITY_VALUE: return EQUITY;
			case LOAN_OR_ADVANCE_VALUE: return LOAN_OR_ADVANCE;
			case TAX_MEASURE_VALUE: return TAX_MEASURE;
			case COMPENSATION_VALUE: return COMPENSATION;
			case STATE_AID_SCHEME_VALUE: return STATE_AID_SCHEME;
			case EU_PROGRAMME_VALUE: return EU_PROGRAMME;
			case PROCUREMENT_VALUE: return PROCUREMENT;
			case FUND_VALUE: return FUND;
			case PLATFORM_VALUE: return PLATFORM;
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
	private InstrumentKind(int value, String name, String literal) {
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
	
} //InstrumentKind
