/**
 * Helix
 */
package org.helix.model.governance;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Membership Role</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.helix.model.governance.GovernancePackage#getMembershipRole()
 * @model
 * @generated
 */
public enum MembershipRole implements Enumerator {
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
	 * The '<em><b>MEMBER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MEMBER_VALUE
	 * @generated
	 * @ordered
	 */
	MEMBER(1, "MEMBER", "MEMBER"),

	/**
	 * The '<em><b>DEPUTY MEMBER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DEPUTY_MEMBER_VALUE
	 * @generated
	 * @ordered
	 */
	DEPUTY_MEMBER(2, "DEPUTY_MEMBER", "DEPUTY_MEMBER"),

	/**
	 * The '<em><b>CHAIR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CHAIR_VALUE
	 * @generated
	 * @ordered
	 */
	CHAIR(3, "CHAIR", "CHAIR"),

	/**
	 * The '<em><b>VICE CHAIR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VICE_CHAIR_VALUE
	 * @generated
	 * @ordered
	 */
	VICE_CHAIR(4, "VICE_CHAIR", "VICE_CHAIR"),

	/**
	 * The '<em><b>TREKKER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TREKKER_VALUE
	 * @generated
	 * @ordered
	 */
	TREKKER(5, "TREKKER", "TREKKER"),

	/**
	 * The '<em><b>PROGRAMME MANAGER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROGRAMME_MANAGER_VALUE
	 * @generated
	 * @ordered
	 */
	PROGRAMME_MANAGER(6, "PROGRAMME_MANAGER", "PROGRAMME_MANAGER"),

	/**
	 * The '<em><b>SECRETARIAT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SECRETARIAT_VALUE
	 * @generated
	 * @ordered
	 */
	SECRETARIAT(7, "SECRETARIAT", "SECRETARIAT"),

	/**
	 * The '<em><b>EXPERT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EXPERT_VALUE
	 * @generated
	 * @ordered
	 */
	EXPERT(8, "EXPERT", "EXPERT"),

	/**
	 * The '<em><b>OBSERVER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OBSERVER_VALUE
	 * @generated
	 * @ordered
	 */
	OBSERVER(9, "OBSERVER", "OBSERVER");

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
	 * The '<em><b>MEMBER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MEMBER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MEMBER_VALUE = 1;

	/**
	 * The '<em><b>DEPUTY MEMBER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DEPUTY_MEMBER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DEPUTY_MEMBER_VALUE = 2;

	/**
	 * The '<em><b>CHAIR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CHAIR
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CHAIR_VALUE = 3;

	/**
	 * The '<em><b>VICE CHAIR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VICE_CHAIR
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int VICE_CHAIR_VALUE = 4;

	/**
	 * The '<em><b>TREKKER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TREKKER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TREKKER_VALUE = 5;

	/**
	 * The '<em><b>PROGRAMME MANAGER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROGRAMME_MANAGER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PROGRAMME_MANAGER_VALUE = 6;

	/**
	 * The '<em><b>SECRETARIAT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SECRETARIAT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SECRETARIAT_VALUE = 7;

	/**
	 * The '<em><b>EXPERT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EXPERT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int EXPERT_VALUE = 8;

	/**
	 * The '<em><b>OBSERVER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OBSERVER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OBSERVER_VALUE = 9;

	/**
	 * An array of all the '<em><b>Membership Role</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final MembershipRole[] VALUES_ARRAY =
		new MembershipRole[] {
			UNSPECIFIED,
			MEMBER,
			DEPUTY_MEMBER,
			CHAIR,
			VICE_CHAIR,
			TREKKER,
			PROGRAMME_MANAGER,
			SECRETARIAT,
			EXPERT,
			OBSERVER,
		};

	/**
	 * A public read-only list of all the '<em><b>Membership Role</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<MembershipRole> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Membership Role</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MembershipRole get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			MembershipRole result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Membership Role</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MembershipRole getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			MembershipRole result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Membership Role</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MembershipRole get(int value) {
		switch (value) {
			case UNSPECIFIED_VALUE: return UNSPECIFIED;
			case MEMBER_VALUE: return MEMBER;
			case DEPUTY_MEMBER_VALUE: return DEPUTY_MEMBER;
			case CHAIR_VALUE: return CHAIR;
			case VICE_CHAIR_VALUE: return VICE_CHAIR;
			case TREKKER_VALUE: return TREKKER;
			case PROGRAMME_MANAGER_VALUE: return PROGRAMME_MANAGER;
			case SECRETARIAT_VALUE: return SECRETARIAT;
			case EXPERT_VALUE: return EXPERT;
			case OBSERVER_VALUE: return OBSERVER;
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
	private MembershipRole(int value, String name, String literal) {
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
	
} //MembershipRole
