/**
 * Helix
 */
package org.helix.model.ecosystem;

import org.eclipse.emf.common.util.EList;

import org.helix.model.core.NamedElement;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Technology</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A (key/strategic) technology, optionally refining a parent technology, with TRL range and CEPS-style positions (seed 004 L598-670; seed 001 L809-818).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.helix.model.ecosystem.Technology#getCategory <em>Category</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.Technology#getTransitionPath <em>Transition Path</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.Technology#getTrlMin <em>Trl Min</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.Technology#getTrlMax <em>Trl Max</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.Technology#getParent <em>Parent</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.Technology#getSectors <em>Sectors</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.Technology#getPositions <em>Positions</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.Technology#getRatings <em>Ratings</em>}</li>
 * </ul>
 *
 * @see org.helix.model.ecosystem.EcosystemPackage#getTechnology()
 * @model
 * @generated
 */
public interface Technology extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Category</b></em>' attribute.
	 * The literals are from the enumeration {@link org.helix.model.ecosystem.TechnologyCategory}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Category</em>' attribute.
	 * @see org.helix.model.ecosystem.TechnologyCategory
	 * @see #setCategory(TechnologyCategory)
	 * @see org.helix.model.ecosystem.EcosystemPackage#getTechnology_Category()
	 * @model
	 * @generated
	 */
	TechnologyCategory getCategory();

	/**
	 * Sets the value of the '{@link org.helix.model.ecosystem.Technology#getCategory <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Category</em>' attribute.
	 * @see org.helix.model.ecosystem.TechnologyCategory
	 * @see #getCategory()
	 * @generated
	 */
	void setCategory(TechnologyCategory value);

	/**
	 * Returns the value of the '<em><b>Transition Path</b></em>' attribute.
	 * The literals are from the enumeration {@link org.helix.model.ecosystem.TransitionPath}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Transition Path</em>' attribute.
	 * @see org.helix.model.ecosystem.TransitionPath
	 * @see #setTransitionPath(TransitionPath)
	 * @see org.helix.model.ecosystem.EcosystemPackage#getTechnology_TransitionPath()
	 * @model
	 * @generated
	 */
	TransitionPath getTransitionPath();

	/**
	 * Sets the value of the '{@link org.helix.model.ecosystem.Technology#getTransitionPath <em>Transition Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Transition Path</em>' attribute.
	 * @see org.helix.model.ecosystem.TransitionPath
	 * @see #getTransitionPath()
	 * @generated
	 */
	void setTransitionPath(TransitionPath value);

	/**
	 * Returns the value of the '<em><b>Trl Min</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Trl Min</em>' attribute.
	 * @see #setTrlMin(Integer)
	 * @see org.helix.model.ecosystem.EcosystemPackage#getTechnology_TrlMin()
	 * @model
	 * @generated
	 */
	Integer getTrlMin();

	/**
	 * Sets the value of the '{@link org.helix.model.ecosystem.Technology#getTrlMin <em>Trl Min</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Trl Min</em>' attribute.
	 * @see #getTrlMin()
	 * @generated
	 */
	void setTrlMin(Integer value);

	/**
	 * Returns the value of the '<em><b>Trl Max</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Trl Max</em>' attribute.
	 * @see #setTrlMax(Integer)
	 * @see org.helix.model.ecosystem.EcosystemPackage#getTechnology_TrlMax()
	 * @model
	 * @generated
	 */
	Integer getTrlMax();

	/**
	 * Sets the value of the '{@link org.helix.model.ecosystem.Technology#getTrlMax <em>Trl Max</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Trl Max</em>' attribute.
	 * @see #getTrlMax()
	 * @generated
	 */
	void setTrlMax(Integer value);

	/**
	 * Returns the value of the '<em><b>Parent</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Parent</em>' reference.
	 * @see #setParent(Technology)
	 * @see org.helix.model.ecosystem.EcosystemPackage#getTechnology_Parent()
	 * @model
	 * @generated
	 */
	Technology getParent();

	/**
	 * Sets the value of the '{@link org.helix.model.ecosystem.Technology#getParent <em>Parent</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Parent</em>' reference.
	 * @see #getParent()
	 * @generated
	 */
	void setParent(Technology value);

	/**
	 * Returns the value of the '<em><b>Sectors</b></em>' reference list.
	 * The list contents are of type {@link org.helix.model.ecosystem.Sector}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sectors</em>' reference list.
	 * @see org.helix.model.ecosystem.EcosystemPackage#getTechnology_Sectors()
	 * @model
	 * @generated
	 */
	EList<Sector> getSectors();

	/**
	 * Returns the value of the '<em><b>Positions</b></em>' containment reference list.
	 * The list contents are of type {@link org.helix.model.ecosystem.TechnologyPosition}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Positions</em>' containment reference list.
	 * @see org.helix.model.ecosystem.EcosystemPackage#getTechnology_Positions()
	 * @model containment="true"
	 * @generated
	 */
	EList<TechnologyPosition> getPositions();

	/**
	 * Returns the value of the '<em><b>Ratings</b></em>' containment reference list.
	 * The list contents are of type {@link org.helix.model.ecosystem.Rating}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ratings</em>' containment reference list.
	 * @see org.helix.model.ecosystem.EcosystemPackage#getTechnology_Ratings()
	 * @model containment="true"
	 * @generated
	 */
	EList<Rating> getRatings();

} // Technology
