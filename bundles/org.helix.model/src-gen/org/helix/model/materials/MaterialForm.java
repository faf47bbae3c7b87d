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
 * A representation of the literals of the enumeration '<em><b>Material Form</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.helix.model.materials.MaterialsPackage#getMaterialForm()
 * @model
 * @generated
 */
public enum MaterialForm implements Enumerator {
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
	 * The '<em><b>ELEMENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ELEMENT_VALUE
	 * @generated
	 * @ordered
	 */
	ELEMENT(1, "ELEMENT", "ELEMENT"),

	/**
	 * The '<em><b>ORE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ORE_VALUE
	 * @generated
	 * @ordered
	 */
	ORE(2, "ORE", "ORE"),

	/**
	 * The '<em><b>CONCENTRATE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONCENTRATE_VALUE
	 * @generated
	 * @ordered
	 */
	CONCENTRATE(3, "CONCENTRATE", "CONCENTRATE"),

	/**
	 * The '<em><b>COMPOUND</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMPOUND_VALUE
	 * @generated
	 * @ordered
	 */
	COMPOUND(4, "COMPOUND", "COMPOUND"),

	/**
	 * The '<em><b>ALLOY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ALLOY_VALUE
	 * @generated
	 * @ordered
	 */
	ALLOY(5, "ALLOY", "ALLOY"),

	/**
	 * The '<em><b>MINERAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MINERAL_VALUE
	 * @generated
	 * @ordered
	 */
	MINERAL(6, "MINERAL", "MINERAL"),

	/**
	 * The '<em><b>AGRICULTURAL INPUT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AGRICULTURAL_INPUT_VALUE
	 * @generated
	 * @ordered
	 */
	AGRICULTURAL_INPUT(7, "AGRICULTURAL_INPUT", "AGRICULTURAL_INPUT"),

	/**
	 * The '<em><b>SCRAP</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SCRAP_VALUE
	 * @generated
	 * @ordered
	 */
	SCRAP(8, "SCRAP", "SCRAP"),

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
	 * The '<em><b>ELEMENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ELEMENT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ELEMENT_VALUE = 1;

	/**
	 * The '<em><b>ORE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ORE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ORE_VALUE = 2;

	/**
	 * The '<em><b>CONCENTRATE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONCENTRATE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CONCENTRATE_VALUE = 3;

	/**
	 * The '<em><b>COMPOUND</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMPOUND
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int COMPOUND_VALUE = 4;

	/**
	 * The '<em><b>ALLOY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ALLOY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ALLOY_VALUE = 5;

	/**
	 * The '<em><b>MINERAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MINERAL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MINERAL_VALUE = 6;

	/**
	 * The '<em><b>AGRICULTURAL INPUT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AGRICULTURAL_INPUT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int AGRICULTURAL_INPUT_VALUE = 7;

	/**
	 * The '<em><b>SCRAP</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SCRAP
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SCRAP_VALUE = 8;

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
	 * An array of all the '<em><b>Material Form</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final MaterialForm[] VALUES_ARRAY =
		new MaterialForm[] {
			UNSPECIFIED,
			ELEMENT,
			ORE,
			CONCENTRATE,
			COMPOUND,
			ALLOY,
			MINERAL,
			AGRICULTURAL_INPUT,
			SCRAP,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Material Form</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<MaterialForm> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Material Form</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MaterialForm get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			MaterialForm result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Material Form</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MaterialForm getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			MaterialForm result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Material Form</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MaterialForm get(int value) {
		switch (value) {
			case UNSPECIFIED_VALUE: return UNSPECIFIED;
			case ELEMENT_VALUE: return ELEMENT;
			case ORE_VALUE: return ORE;
			case CONCENTRATE_VALUE: return CONCENTRATE;
			case COMPOUND_VALUE: return COMPOUND;
			case ALLOY_VALUE: return ALLOY;
			case MINERAL_VALUE: return MINERAL;
			case AGRICULTURAL_INPUT_VALUE: return AGRICULTURAL_INPUT;
			case SCRAP_VALUE: return SCRAP;
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
	private MaterialForm(int value, String name, String literal) {
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
	
} //MaterialForm
