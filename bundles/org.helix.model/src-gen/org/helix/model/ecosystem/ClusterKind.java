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
 * A representation of the literals of the enumeration '<em><b>Cluster Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.helix.model.ecosystem.EcosystemPackage#getClusterKind()
 * @model
 * @generated
 */
public enum ClusterKind implements Enumerator {
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
	 * The '<em><b>SPEARHEAD CLUSTER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SPEARHEAD_CLUSTER_VALUE
	 * @generated
	 * @ordered
	 */
	SPEARHEAD_CLUSTER(1, "SPEARHEAD_CLUSTER", "SPEARHEAD_CLUSTER"),

	/**
	 * The '<em><b>INDUSTRIAL CLUSTER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INDUSTRIAL_CLUSTER_VALUE
	 * @generated
	 * @ordered
	 */
	INDUSTRIAL_CLUSTER(2, "INDUSTRIAL_CLUSTER", "INDUSTRIAL_CLUSTER"),

	/**
	 * The '<em><b>PORT CLUSTER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PORT_CLUSTER_VALUE
	 * @generated
	 * @ordered
	 */
	PORT_CLUSTER(3, "PORT_CLUSTER", "PORT_CLUSTER"),

	/**
	 * The '<em><b>INDUSTRIAL SYMBIOSIS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INDUSTRIAL_SYMBIOSIS_VALUE
	 * @generated
	 * @ordered
	 */
	INDUSTRIAL_SYMBIOSIS(4, "INDUSTRIAL_SYMBIOSIS", "INDUSTRIAL_SYMBIOSIS"),

	/**
	 * The '<em><b>INNOVATION NETWORK</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INNOVATION_NETWORK_VALUE
	 * @generated
	 * @ordered
	 */
	INNOVATION_NETWORK(5, "INNOVATION_NETWORK", "INNOVATION_NETWORK"),

	/**
	 * The '<em><b>ECOSYSTEM</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ECOSYSTEM_VALUE
	 * @generated
	 * @ordered
	 */
	ECOSYSTEM(6, "ECOSYSTEM", "ECOSYSTEM"),

	/**
	 * The '<em><b>SOCIAL CIRCULAR HUB</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SOCIAL_CIRCULAR_HUB_VALUE
	 * @generated
	 * @ordered
	 */
	SOCIAL_CIRCULAR_HUB(7, "SOCIAL_CIRCULAR_HUB", "SOCIAL_CIRCULAR_HUB"),

	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(8, "OTHER", "OTHER");

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
	 * The '<em><b>SPEARHEAD CLUSTER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SPEARHEAD_CLUSTER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SPEARHEAD_CLUSTER_VALUE = 1;

	/**
	 * The '<em><b>INDUSTRIAL CLUSTER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INDUSTRIAL_CLUSTER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INDUSTRIAL_CLUSTER_VALUE = 2;

	/**
	 * The '<em><b>PORT CLUSTER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PORT_CLUSTER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PORT_CLUSTER_VALUE = 3;

	/**
	 * The '<em><b>INDUSTRIAL SYMBIOSIS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INDUSTRIAL_SYMBIOSIS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INDUSTRIAL_SYMBIOSIS_VALUE = 4;

	/**
	 * The '<em><b>INNOVATION NETWORK</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INNOVATION_NETWORK
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INNOVATION_NETWORK_VALUE = 5;

	/**
	 * The '<em><b>ECOSYSTEM</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ECOSYSTEM
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ECOSYSTEM_VALUE = 6;

	/**
	 * The '<em><b>SOCIAL CIRCULAR HUB</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SOCIAL_CIRCULAR_HUB
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SOCIAL_CIRCULAR_HUB_VALUE = 7;

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 8;

	/**
	 * An array of all the '<em><b>Cluster Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ClusterKind[] VALUES_ARRAY =
		new ClusterKind[] {
			UNSPECIFIED,
			SPEARHEAD_CLUSTER,
			INDUSTRIAL_CLUSTER,
			PORT_CLUSTER,
			INDUSTRIAL_SYMBIOSIS,
			INNOVATION_NETWORK,
			ECOSYSTEM,
			SOCIAL_CIRCULAR_HUB,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Cluster Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ClusterKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Cluster Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ClusterKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ClusterKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Cluster Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ClusterKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ClusterKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Cluster Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ClusterKind get(int value) {
		switch (value) {
			case UNSPECIFIED_VALUE: return UNSPECIFIED;
			case SPEARHEAD_CLUSTER_VALUE: return SPEARHEAD_CLUSTER;
			case INDUSTRIAL_CLUSTER_VALUE: return INDUSTRIAL_CLUSTER;
			case PORT_CLUSTER_VALUE: return PORT_CLUSTER;
			case INDUSTRIAL_SYMBIOSIS_VALUE: return INDUSTRIAL_SYMBIOSIS;
			case INNOVATION_NETWORK_VALUE: return INNOVATION_NETWORK;
			case ECOSYSTEM_VALUE: return ECOSYSTEM;
			case SOCIAL_CIRCULAR_HUB_VALUE: return SOCIAL_CIRCULAR_HUB;
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
	private ClusterKind(int value, String name, String literal) {
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
	
} //ClusterKind
