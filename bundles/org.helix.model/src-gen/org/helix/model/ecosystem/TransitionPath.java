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
 * A representation of the literals of the enumeration '<em><b>Transition Path</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.helix.model.ecosystem.EcosystemPackage#getTransitionPath()
 * @model
 * @generated
 */
public enum TransitionPath implements Enumerator {
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
	 * The '<em><b>BIO</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BIO_VALUE
	 * @generated
	 * @ordered
	 */
	BIO(1, "BIO", "BIO"),

	/**
	 * The '<em><b>CIRC</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CIRC_VALUE
	 * @generated
	 * @ordered
	 */
	CIRC(2, "CIRC", "CIRC"),

	/**
	 * The '<em><b>ELECTRIFICATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ELECTRIFICATION_VALUE
	 * @generated
	 * @ordered
	 */
	ELECTRIFICATION(3, "ELECTRIFICATION", "ELECTRIFICATION"),

	/**
	 * The '<em><b>HYDROGEN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HYDROGEN_VALUE
	 * @generated
	 * @ordered
	 */
	HYDROGEN(4, "HYDROGEN", "HYDROGEN"),

	/**
	 * The '<em><b>CCUS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CCUS_VALUE
	 * @generated
	 * @ordered
	 */
	CCUS(5, "CCUS", "CCUS"),

	/**
	 * The '<em><b>NEW PROCESS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NEW_PROCESS_VALUE
	 * @generated
	 * @ordered
	 */
	NEW_PROCESS(6, "NEW_PROCESS", "NEW_PROCESS"),

	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(7, "OTHER", "OTHER");

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
	 * The '<em><b>BIO</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BIO
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int BIO_VALUE = 1;

	/**
	 * The '<em><b>CIRC</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CIRC
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CIRC_VALUE = 2;

	/**
	 * The '<em><b>ELECTRIFICATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ELECTRIFICATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ELECTRIFICATION_VALUE = 3;

	/**
	 * The '<em><b>HYDROGEN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HYDROGEN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int HYDROGEN_VALUE = 4;

	/**
	 * The '<em><b>CCUS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CCUS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CCUS_VALUE = 5;

	/**
	 * The '<em><b>NEW PROCESS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NEW_PROCESS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NEW_PROCESS_VALUE = 6;

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 7;

	/**
	 * An array of all the '<em><b>Transition Path</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final TransitionPath[] VALUES_ARRAY =
		new TransitionPath[] {
			UNSPECIFIED,
			BIO,
			CIRC,
			ELECTRIFICATION,
			HYDROGEN,
			CCUS,
			NEW_PROCESS,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Transition Path</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<TransitionPath> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Transition Path</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TransitionPath get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			TransitionPath result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Transition Path</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TransitionPath getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			TransitionPath result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Transition Path</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TransitionPath get(int value) {
		switch (value) {
			case UNSPECIFIED_VALUE: return UNSPECIFIED;
			case BIO_VALUE: return BIO;
			case CIRC_VALUE: return CIRC;
			case ELECTRIFICATION_VALUE: return ELECTRIFICATION;
			case HYDROGEN_VALUE: return HYDROGEN;
			case CCUS_VALUE: return CCUS;
			case NEW_PROCESS_VALUE: return NEW_PROCESS;
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
	private TransitionPath(int value, String name, String literal) {
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
	
} //TransitionPath
