/**
 * Helix
 */
package org.helix.model.materials;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>RStrategy</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.helix.model.materials.MaterialsPackage#getRStrategy()
 * @model
 * @generated
 */
public enum RStrategy implements Enumerator {
	/**
	 * The '<em><b>REFUSE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REFUSE_VALUE
	 * @generated
	 * @ordered
	 */
	REFUSE(0, "REFUSE", "REFUSE"),

	/**
	 * The '<em><b>RETHINK</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RETHINK_VALUE
	 * @generated
	 * @ordered
	 */
	RETHINK(1, "RETHINK", "RETHINK"),

	/**
	 * The '<em><b>REDUCE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REDUCE_VALUE
	 * @generated
	 * @ordered
	 */
	REDUCE(2, "REDUCE", "REDUCE"),

	/**
	 * The '<em><b>REUSE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REUSE_VALUE
	 * @generated
	 * @ordered
	 */
	REUSE(3, "REUSE", "REUSE"),

	/**
	 * The '<em><b>REPAIR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REPAIR_VALUE
	 * @generated
	 * @ordered
	 */
	REPAIR(4, "REPAIR", "REPAIR"),

	/**
	 * The '<em><b>REFURBISH</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REFURBISH_VALUE
	 * @generated
	 * @ordered
	 */
	REFURBISH(5, "REFURBISH", "REFURBISH"),

	/**
	 * The '<em><b>REMANUFACTURE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REMANUFACTURE_VALUE
	 * @generated
	 * @ordered
	 */
	REMANUFACTURE(6, "REMANUFACTURE", "REMANUFACTURE"),

	/**
	 * The '<em><b>REPURPOSE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REPURPOSE_VALUE
	 * @generated
	 * @ordered
	 */
	REPURPOSE(7, "REPURPOSE", "REPURPOSE"),

	/**
	 * The '<em><b>RECYCLE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RECYCLE_VALUE
	 * @generated
	 * @ordered
	 */
	RECYCLE(8, "RECYCLE", "RECYCLE");

	/**
	 * The '<em><b>REFUSE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REFUSE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int REFUSE_VALUE = 0;

	/**
	 * The '<em><b>RETHINK</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RETHINK
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int RETHINK_VALUE = 1;

	/**
	 * The '<em><b>REDUCE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REDUCE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int REDUCE_VALUE = 2;

	/**
	 * The '<em><b>REUSE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REUSE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int REUSE_VALUE = 3;

	/**
	 * The '<em><b>REPAIR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REPAIR
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int REPAIR_VALUE = 4;

	/**
	 * The '<em><b>REFURBISH</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REFURBISH
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int REFURBISH_VALUE = 5;

	/**
	 * The '<em><b>REMANUFACTURE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REMANUFACTURE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int REMANUFACTURE_VALUE = 6;

	/**
	 * The '<em><b>REPURPOSE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REPURPOSE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int REPURPOSE_VALUE = 7;

	/**
	 * The '<em><b>RECYCLE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RECYCLE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int RECYCLE_VALUE = 8;

	/**
	 * An array of all the '<em><b>RStrategy</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final RStrategy[] VALUES_ARRAY =
		new RStrategy[] {
			REFUSE,
			RETHINK,
			REDUCE,
			REUSE,
			REPAIR,
			REFURBISH,
			REMANUFACTURE,
			REPURPOSE,
			RECYCLE,
		};

	/**
	 * A public read-only list of all the '<em><b>RStrategy</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<RStrategy> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>RStrategy</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RStrategy get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			RStrategy result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>RStrategy</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RStrategy getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			RStrategy result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>RStrategy</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RStrategy get(int value) {
		switch (value) {
			case REFUSE_VALUE: return REFUSE;
			case RETHINK_VALUE: return RETHINK;
			case REDUCE_VALUE: return REDUCE;
			case REUSE_VALUE: return REUSE;
			case REPAIR_VALUE: return REPAIR;
			case REFURBISH_VALUE: return REFURBISH;
			case REMANUFACTURE_VALUE: return REMANUFACTURE;
			case REPURPOSE_VALUE: return REPURPOSE;
			case RECYCLE_VALUE: return RECYCLE;
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
	private RStrategy(int value, String name, String literal) {
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
	
} //RStrategy
