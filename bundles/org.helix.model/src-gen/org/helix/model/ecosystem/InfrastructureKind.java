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
 * A representation of the literals of the enumeration '<em><b>Infrastructure Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.helix.model.ecosystem.EcosystemPackage#getInfrastructureKind()
 * @model
 * @generated
 */
public enum InfrastructureKind implements Enumerator {
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
	 * The '<em><b>PIPELINE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PIPELINE_VALUE
	 * @generated
	 * @ordered
	 */
	PIPELINE(1, "PIPELINE", "PIPELINE"),

	/**
	 * The '<em><b>BACKBONE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BACKBONE_VALUE
	 * @generated
	 * @ordered
	 */
	BACKBONE(2, "BACKBONE", "BACKBONE"),

	/**
	 * The '<em><b>GRID</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GRID_VALUE
	 * @generated
	 * @ordered
	 */
	GRID(3, "GRID", "GRID"),

	/**
	 * The '<em><b>TERMINAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TERMINAL_VALUE
	 * @generated
	 * @ordered
	 */
	TERMINAL(4, "TERMINAL", "TERMINAL"),

	/**
	 * The '<em><b>LIQUEFACTION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LIQUEFACTION_VALUE
	 * @generated
	 * @ordered
	 */
	LIQUEFACTION(5, "LIQUEFACTION", "LIQUEFACTION"),

	/**
	 * The '<em><b>STORAGE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STORAGE_VALUE
	 * @generated
	 * @ordered
	 */
	STORAGE(6, "STORAGE", "STORAGE"),

	/**
	 * The '<em><b>CORRIDOR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CORRIDOR_VALUE
	 * @generated
	 * @ordered
	 */
	CORRIDOR(7, "CORRIDOR", "CORRIDOR"),

	/**
	 * The '<em><b>HEAT NETWORK</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HEAT_NETWORK_VALUE
	 * @generated
	 * @ordered
	 */
	HEAT_NETWORK(8, "HEAT_NETWORK", "HEAT_NETWORK"),

	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(9, "OTHER", "OTHER");

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
	 * The '<em><b>PIPELINE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PIPELINE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PIPELINE_VALUE = 1;

	/**
	 * The '<em><b>BACKBONE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BACKBONE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int BACKBONE_VALUE = 2;

	/**
	 * The '<em><b>GRID</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GRID
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int GRID_VALUE = 3;

	/**
	 * The '<em><b>TERMINAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TERMINAL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TERMINAL_VALUE = 4;

	/**
	 * The '<em><b>LIQUEFACTION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LIQUEFACTION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LIQUEFACTION_VALUE = 5;

	/**
	 * The '<em><b>STORAGE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STORAGE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int STORAGE_VALUE = 6;

	/**
	 * The '<em><b>CORRIDOR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CORRIDOR
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CORRIDOR_VALUE = 7;

	/**
	 * The '<em><b>HEAT NETWORK</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HEAT_NETWORK
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int HEAT_NETWORK_VALUE = 8;

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 9;

	/**
	 * An array of all the '<em><b>Infrastructure Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final InfrastructureKind[] VALUES_ARRAY =
		new InfrastructureKind[] {
			UNSPECIFIED,
			PIPELINE,
			BACKBONE,
			GRID,
			TERMINAL,
			LIQUEFACTION,
			STORAGE,
			CORRIDOR,
			HEAT_NETWORK,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Infrastructure Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<InfrastructureKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Infrastructure Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static InfrastructureKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			InfrastructureKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Infrastructure Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static InfrastructureKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			InfrastructureKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Infrastructure Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static InfrastructureKind get(int value) {
		switch (value) {
			case UNSPECIFIED_VALUE: return UNSPECIFIED;
			case PIPELINE_VALUE: return PIPELINE;
			case BACKBONE_VALUE: return BACKBONE;
			case GRID_VALUE: return GRID;
			case TERMINAL_VALUE: return TERMINAL;
			case LIQUEFACTION_VALUE: return LIQUEFACTION;
			case STORAGE_VALUE: return STORAGE;
			case CORRIDOR_VALUE: return CORRIDOR;
			case HEAT_NETWORK_VALUE: return HEAT_NETWORK;
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
	private InfrastructureKind(int value, String name, String literal) {
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
	
} //InfrastructureKind
