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
 * A representation of the literals of the enumeration '<em><b>Domain Category</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.helix.model.ecosystem.EcosystemPackage#getDomainCategory()
 * @model
 * @generated
 */
public enum DomainCategory implements Enumerator {
	/**
	 * The '<em><b>UNCLASSIFIED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNCLASSIFIED_VALUE
	 * @generated
	 * @ordered
	 */
	UNCLASSIFIED(0, "UNCLASSIFIED", "UNCLASSIFIED"),

	/**
	 * The '<em><b>PRONOUNCED STRENGTH</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRONOUNCED_STRENGTH_VALUE
	 * @generated
	 * @ordered
	 */
	PRONOUNCED_STRENGTH(1, "PRONOUNCED_STRENGTH", "PRONOUNCED_STRENGTH"),

	/**
	 * The '<em><b>ECOSYSTEM GAP</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ECOSYSTEM_GAP_VALUE
	 * @generated
	 * @ordered
	 */
	ECOSYSTEM_GAP(2, "ECOSYSTEM_GAP", "ECOSYSTEM_GAP"),

	/**
	 * The '<em><b>MOONSHOT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MOONSHOT_VALUE
	 * @generated
	 * @ordered
	 */
	MOONSHOT(3, "MOONSHOT", "MOONSHOT"),

	/**
	 * The '<em><b>NO SPECIFIC POLICY FOCUS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NO_SPECIFIC_POLICY_FOCUS_VALUE
	 * @generated
	 * @ordered
	 */
	NO_SPECIFIC_POLICY_FOCUS(4, "NO_SPECIFIC_POLICY_FOCUS", "NO_SPECIFIC_POLICY_FOCUS");

	/**
	 * The '<em><b>UNCLASSIFIED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNCLASSIFIED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int UNCLASSIFIED_VALUE = 0;

	/**
	 * The '<em><b>PRONOUNCED STRENGTH</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRONOUNCED_STRENGTH
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PRONOUNCED_STRENGTH_VALUE = 1;

	/**
	 * The '<em><b>ECOSYSTEM GAP</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ECOSYSTEM_GAP
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ECOSYSTEM_GAP_VALUE = 2;

	/**
	 * The '<em><b>MOONSHOT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MOONSHOT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MOONSHOT_VALUE = 3;

	/**
	 * The '<em><b>NO SPECIFIC POLICY FOCUS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NO_SPECIFIC_POLICY_FOCUS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NO_SPECIFIC_POLICY_FOCUS_VALUE = 4;

	/**
	 * An array of all the '<em><b>Domain Category</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final DomainCategory[] VALUES_ARRAY =
		new DomainCategory[] {
			UNCLASSIFIED,
			PRONOUNCED_STRENGTH,
			ECOSYSTEM_GAP,
			MOONSHOT,
			NO_SPECIFIC_POLICY_FOCUS,
		};

	/**
	 * A public read-only list of all the '<em><b>Domain Category</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<DomainCategory> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Domain Category</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DomainCategory get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DomainCategory result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Domain Category</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DomainCategory getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DomainCategory result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Domain Category</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DomainCategory get(int value) {
		switch (value) {
			case UNCLASSIFIED_VALUE: return UNCLASSIFIED;
			case PRONOUNCED_STRENGTH_VALUE: return PRONOUNCED_STRENGTH;
			case ECOSYSTEM_GAP_VALUE: return ECOSYSTEM_GAP;
			case MOONSHOT_VALUE: return MOONSHOT;
			case NO_SPECIFIC_POLICY_FOCUS_VALUE: return NO_SPECIFIC_POLICY_FOCUS;
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
	private DomainCategory(int value, String name, String literal) {
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
	
} //DomainCategory
