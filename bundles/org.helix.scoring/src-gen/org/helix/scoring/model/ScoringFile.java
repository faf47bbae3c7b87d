/**
 * Helix
 */
package org.helix.scoring.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Scoring File</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The root of a .helix-scorings file.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.helix.scoring.model.ScoringFile#getFormatVersion <em>Format Version</em>}</li>
 *   <li>{@link org.helix.scoring.model.ScoringFile#getScorings <em>Scorings</em>}</li>
 * </ul>
 *
 * @see org.helix.scoring.model.ScoringsPackage#getScoringFile()
 * @model
 * @generated
 */
public interface ScoringFile extends EObject {
	/**
	 * Returns the value of the '<em><b>Format Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Format Version</em>' attribute.
	 * @see #setFormatVersion(String)
	 * @see org.helix.scoring.model.ScoringsPackage#getScoringFile_FormatVersion()
	 * @model
	 * @generated
	 */
	String getFormatVersion();

	/**
	 * Sets the value of the '{@link org.helix.scoring.model.ScoringFile#getFormatVersion <em>Format Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Format Version</em>' attribute.
	 * @see #getFormatVersion()
	 * @generated
	 */
	void setFormatVersion(String value);

	/**
	 * Returns the value of the '<em><b>Scorings</b></em>' containment reference list.
	 * The list contents are of type {@link org.helix.scoring.model.Scoring}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Scorings</em>' containment reference list.
	 * @see org.helix.scoring.model.ScoringsPackage#getScoringFile_Scorings()
	 * @model containment="true"
	 * @generated
	 */
	EList<Scoring> getScorings();

} // ScoringFile
