/**
 * Helix
 */
package org.helix.model.governance;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.helix.model.core.CorePackage;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Governance: bodies (permanent council, sounding board, working and project groups, government, parliament, advisory councils, boards), memberships, reporting lines, meetings and decisions, stakeholder inputs and their formal responses.
 * <!-- end-model-doc -->
 * @see org.helix.model.governance.GovernanceFactory
 * @model kind="package"
 *        annotation="http://www.helix.org/model/format version='1.0'"
 * @generated
 */
public interface GovernancePackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "governance";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://www.helix.org/model/1.0/governance";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "governance";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	GovernancePackage eINSTANCE = org.helix.model.governance.impl.GovernancePackageImpl.init();

	/**
	 * The meta object id for the '{@link org.helix.model.governance.impl.GovernanceBodyImpl <em>Body</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.model.governance.impl.GovernanceBodyImpl
	 * @see org.helix.model.governance.impl.GovernancePackageImpl#getGovernanceBody()
	 * @generated
	 */
	int GOVERNANCE_BODY = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOVERNANCE_BODY__ID = CorePackage.NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOVERNANCE_BODY__CITATIONS = CorePackage.NAMED_ELEMENT__CITATIONS;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOVERNANCE_BODY__NOTES = CorePackage.NAMED_ELEMENT__NOTES;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOVERNANCE_BODY__NAME = CorePackage.NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOVERNANCE_BODY__DESCRIPTION = CorePackage.NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Aliases</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOVERNANCE_BODY__ALIASES = CorePackage.NAMED_ELEMENT__ALIASES;

	/**
	 * The feature id for the '<em><b>Figures</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOVERNANCE_BODY__FIGURES = CorePackage.NAMED_ELEMENT__FIGURES;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOVERNANCE_BODY__KIND = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOVERNANCE_BODY__STATUS = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOVERNANCE_BODY__LEVEL = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Mandate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOVERNANCE_BODY__MANDATE = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Tasks</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOVERNANCE_BODY__TASKS = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Meeting Cadence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOVERNANCE_BODY__MEETING_CADENCE = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Meetings Per Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOVERNANCE_BODY__MEETINGS_PER_YEAR = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Cadence Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOVERNANCE_BODY__CADENCE_TEXT = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Open Meeting</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOVERNANCE_BODY__OPEN_MEETING = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Established</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOVERNANCE_BODY__ESTABLISHED = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Dissolved</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOVERNANCE_BODY__DISSOLVED = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Organisation</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOVERNANCE_BODY__ORGANISATION = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Chair</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOVERNANCE_BODY__CHAIR = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Trekker</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOVERNANCE_BODY__TREKKER = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Secretariat</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOVERNANCE_BODY__SECRETARIAT = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 14;

	/**
	 * The feature id for the '<em><b>Set Up By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOVERNANCE_BODY__SET_UP_BY = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 15;

	/**
	 * The feature id for the '<em><b>Memberships</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOVERNANCE_BODY__MEMBERSHIPS = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 16;

	/**
	 * The feature id for the '<em><b>Reporting Lines</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOVERNANCE_BODY__REPORTING_LINES = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 17;

	/**
	 * The feature id for the '<em><b>Meetings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOVERNANCE_BODY__MEETINGS = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 18;

	/**
	 * The feature id for the '<em><b>Rules Of Procedure</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOVERNANCE_BODY__RULES_OF_PROCEDURE = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 19;

	/**
	 * The number of structural features of the '<em>Body</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOVERNANCE_BODY_FEATURE_COUNT = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 20;

	/**
	 * The number of operations of the '<em>Body</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOVERNANCE_BODY_OPERATION_COUNT = CorePackage.NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.helix.model.governance.impl.PermanentCouncilImpl <em>Permanent Council</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.model.governance.impl.PermanentCouncilImpl
	 * @see org.helix.model.governance.impl.GovernancePackageImpl#getPermanentCouncil()
	 * @generated
	 */
	int PERMANENT_COUNCIL = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERMANENT_COUNCIL__ID = GOVERNANCE_BODY__ID;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERMANENT_COUNCIL__CITATIONS = GOVERNANCE_BODY__CITATIONS;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERMANENT_COUNCIL__NOTES = GOVERNANCE_BODY__NOTES;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERMANENT_COUNCIL__NAME = GOVERNANCE_BODY__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERMANENT_COUNCIL__DESCRIPTION = GOVERNANCE_BODY__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Aliases</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERMANENT_COUNCIL__ALIASES = GOVERNANCE_BODY__ALIASES;

	/**
	 * The feature id for the '<em><b>Figures</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERMANENT_COUNCIL__FIGURES = GOVERNANCE_BODY__FIGURES;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERMANENT_COUNCIL__KIND = GOVERNANCE_BODY__KIND;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERMANENT_COUNCIL__STATUS = GOVERNANCE_BODY__STATUS;

	/**
	 * The feature id for the '<em><b>Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERMANENT_COUNCIL__LEVEL = GOVERNANCE_BODY__LEVEL;

	/**
	 * The feature id for the '<em><b>Mandate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERMANENT_COUNCIL__MANDATE = GOVERNANCE_BODY__MANDATE;

	/**
	 * The feature id for the '<em><b>Tasks</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERMANENT_COUNCIL__TASKS = GOVERNANCE_BODY__TASKS;

	/**
	 * The feature id for the '<em><b>Meeting Cadence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERMANENT_COUNCIL__MEETING_CADENCE = GOVERNANCE_BODY__MEETING_CADENCE;

	/**
	 * The feature id for the '<em><b>Meetings Per Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERMANENT_COUNCIL__MEETINGS_PER_YEAR = GOVERNANCE_BODY__MEETINGS_PER_YEAR;

	/**
	 * The feature id for the '<em><b>Cadence Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERMANENT_COUNCIL__CADENCE_TEXT = GOVERNANCE_BODY__CADENCE_TEXT;

	/**
	 * The feature id for the '<em><b>Open Meeting</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERMANENT_COUNCIL__OPEN_MEETING = GOVERNANCE_BODY__OPEN_MEETING;

	/**
	 * The feature id for the '<em><b>Established</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERMANENT_COUNCIL__ESTABLISHED = GOVERNANCE_BODY__ESTABLISHED;

	/**
	 * The feature id for the '<em><b>Dissolved</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERMANENT_COUNCIL__DISSOLVED = GOVERNANCE_BODY__DISSOLVED;

	/**
	 * The feature id for the '<em><b>Organisation</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERMANENT_COUNCIL__ORGANISATION = GOVERNANCE_BODY__ORGANISATION;

	/**
	 * The feature id for the '<em><b>Chair</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERMANENT_COUNCIL__CHAIR = GOVERNANCE_BODY__CHAIR;

	/**
	 * The feature id for the '<em><b>Trekker</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERMANENT_COUNCIL__TREKKER = GOVERNANCE_BODY__TREKKER;

	/**
	 * The feature id for the '<em><b>Secretariat</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERMANENT_COUNCIL__SECRETARIAT = GOVERNANCE_BODY__SECRETARIAT;

	/**
	 * The feature id for the '<em><b>Set Up By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERMANENT_COUNCIL__SET_UP_BY = GOVERNANCE_BODY__SET_UP_BY;

	/**
	 * The feature id for the '<em><b>Memberships</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERMANENT_COUNCIL__MEMBERSHIPS = GOVERNANCE_BODY__MEMBERSHIPS;

	/**
	 * The feature id for the '<em><b>Reporting Lines</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERMANENT_COUNCIL__REPORTING_LINES = GOVERNANCE_BODY__REPORTING_LINES;

	/**
	 * The feature id for the '<em><b>Meetings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERMANENT_COUNCIL__MEETINGS = GOVERNANCE_BODY__MEETINGS;

	/**
	 * The feature id for the '<em><b>Rules Of Procedure</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERMANENT_COUNCIL__RULES_OF_PROCEDURE = GOVERNANCE_BODY__RULES_OF_PROCEDURE;

	/**
	 * The feature id for the '<em><b>Operating Principles</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERMANENT_COUNCIL__OPERATING_PRINCIPLES = GOVERNANCE_BODY_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Permanent Council</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERMANENT_COUNCIL_FEATURE_COUNT = GOVERNANCE_BODY_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Permanent Council</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERMANENT_COUNCIL_OPERATION_COUNT = GOVERNANCE_BODY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.helix.model.governance.impl.SoundingBoardImpl <em>Sounding Board</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.model.governance.impl.SoundingBoardImpl
	 * @see org.helix.model.governance.impl.GovernancePackageImpl#getSoundingBoard()
	 * @generated
	 */
	int SOUNDING_BOARD = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOUNDING_BOARD__ID = GOVERNANCE_BODY__ID;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOUNDING_BOARD__CITATIONS = GOVERNANCE_BODY__CITATIONS;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOUNDING_BOARD__NOTES = GOVERNANCE_BODY__NOTES;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOUNDING_BOARD__NAME = GOVERNANCE_BODY__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOUNDING_BOARD__DESCRIPTION = GOVERNANCE_BODY__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Aliases</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOUNDING_BOARD__ALIASES = GOVERNANCE_BODY__ALIASES;

	/**
	 * The feature id for the '<em><b>Figures</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOUNDING_BOARD__FIGURES = GOVERNANCE_BODY__FIGURES;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOUNDING_BOARD__KIND = GOVERNANCE_BODY__KIND;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOUNDING_BOARD__STATUS = GOVERNANCE_BODY__STATUS;

	/**
	 * The feature id for the '<em><b>Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOUNDING_BOARD__LEVEL = GOVERNANCE_BODY__LEVEL;

	/**
	 * The feature id for the '<em><b>Mandate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOUNDING_BOARD__MANDATE = GOVERNANCE_BODY__MANDATE;

	/**
	 * The feature id for the '<em><b>Tasks</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOUNDING_BOARD__TASKS = GOVERNANCE_BODY__TASKS;

	/**
	 * The feature id for the '<em><b>Meeting Cadence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOUNDING_BOARD__MEETING_CADENCE = GOVERNANCE_BODY__MEETING_CADENCE;

	/**
	 * The feature id for the '<em><b>Meetings Per Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOUNDING_BOARD__MEETINGS_PER_YEAR = GOVERNANCE_BODY__MEETINGS_PER_YEAR;

	/**
	 * The feature id for the '<em><b>Cadence Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOUNDING_BOARD__CADENCE_TEXT = GOVERNANCE_BODY__CADENCE_TEXT;

	/**
	 * The feature id for the '<em><b>Open Meeting</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOUNDING_BOARD__OPEN_MEETING = GOVERNANCE_BODY__OPEN_MEETING;

	/**
	 * The feature id for the '<em><b>Established</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOUNDING_BOARD__ESTABLISHED = GOVERNANCE_BODY__ESTABLISHED;

	/**
	 * The feature id for the '<em><b>Dissolved</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOUNDING_BOARD__DISSOLVED = GOVERNANCE_BODY__DISSOLVED;

	/**
	 * The feature id for the '<em><b>Organisation</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOUNDING_BOARD__ORGANISATION = GOVERNANCE_BODY__ORGANISATION;

	/**
	 * The feature id for the '<em><b>Chair</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOUNDING_BOARD__CHAIR = GOVERNANCE_BODY__CHAIR;

	/**
	 * The feature id for the '<em><b>Trekker</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOUNDING_BOARD__TREKKER = GOVERNANCE_BODY__TREKKER;

	/**
	 * The feature id for the '<em><b>Secretariat</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOUNDING_BOARD__SECRETARIAT = GOVERNANCE_BODY__SECRETARIAT;

	/**
	 * The feature id for the '<em><b>Set Up By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOUNDING_BOARD__SET_UP_BY = GOVERNANCE_BODY__SET_UP_BY;

	/**
	 * The feature id for the '<em><b>Memberships</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOUNDING_BOARD__MEMBERSHIPS = GOVERNANCE_BODY__MEMBERSHIPS;

	/**
	 * The feature id for the '<em><b>Reporting Lines</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOUNDING_BOARD__REPORTING_LINES = GOVERNANCE_BODY__REPORTING_LINES;

	/**
	 * The feature id for the '<em><b>Meetings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOUNDING_BOARD__MEETINGS = GOVERNANCE_BODY__MEETINGS;

	/**
	 * The feature id for the '<em><b>Rules Of Procedure</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOUNDING_BOARD__RULES_OF_PROCEDURE = GOVERNANCE_BODY__RULES_OF_PROCEDURE;

	/**
	 * The feature id for the '<em><b>Temporary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOUNDING_BOARD__TEMPORARY = GOVERNANCE_BODY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Subject</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOUNDING_BOARD__SUBJECT = GOVERNANCE_BODY_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Sounding Board</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOUNDING_BOARD_FEATURE_COUNT = GOVERNANCE_BODY_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Sounding Board</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOUNDING_BOARD_OPERATION_COUNT = GOVERNANCE_BODY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.helix.model.governance.impl.WorkingGroupImpl <em>Working Group</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.model.governance.impl.WorkingGroupImpl
	 * @see org.helix.model.governance.impl.GovernancePackageImpl#getWorkingGroup()
	 * @generated
	 */
	int WORKING_GROUP = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKING_GROUP__ID = GOVERNANCE_BODY__ID;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKING_GROUP__CITATIONS = GOVERNANCE_BODY__CITATIONS;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKING_GROUP__NOTES = GOVERNANCE_BODY__NOTES;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKING_GROUP__NAME = GOVERNANCE_BODY__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKING_GROUP__DESCRIPTION = GOVERNANCE_BODY__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Aliases</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKING_GROUP__ALIASES = GOVERNANCE_BODY__ALIASES;

	/**
	 * The feature id for the '<em><b>Figures</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKING_GROUP__FIGURES = GOVERNANCE_BODY__FIGURES;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKING_GROUP__KIND = GOVERNANCE_BODY__KIND;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKING_GROUP__STATUS = GOVERNANCE_BODY__STATUS;

	/**
	 * The feature id for the '<em><b>Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKING_GROUP__LEVEL = GOVERNANCE_BODY__LEVEL;

	/**
	 * The feature id for the '<em><b>Mandate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKING_GROUP__MANDATE = GOVERNANCE_BODY__MANDATE;

	/**
	 * The feature id for the '<em><b>Tasks</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKING_GROUP__TASKS = GOVERNANCE_BODY__TASKS;

	/**
	 * The feature id for the '<em><b>Meeting Cadence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKING_GROUP__MEETING_CADENCE = GOVERNANCE_BODY__MEETING_CADENCE;

	/**
	 * The feature id for the '<em><b>Meetings Per Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKING_GROUP__MEETINGS_PER_YEAR = GOVERNANCE_BODY__MEETINGS_PER_YEAR;

	/**
	 * The feature id for the '<em><b>Cadence Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKING_GROUP__CADENCE_TEXT = GOVERNANCE_BODY__CADENCE_TEXT;

	/**
	 * The feature id for the '<em><b>Open Meeting</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKING_GROUP__OPEN_MEETING = GOVERNANCE_BODY__OPEN_MEETING;

	/**
	 * The feature id for the '<em><b>Established</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKING_GROUP__ESTABLISHED = GOVERNANCE_BODY__ESTABLISHED;

	/**
	 * The feature id for the '<em><b>Dissolved</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKING_GROUP__DISSOLVED = GOVERNANCE_BODY__DISSOLVED;

	/**
	 * The feature id for the '<em><b>Organisation</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKING_GROUP__ORGANISATION = GOVERNANCE_BODY__ORGANISATION;

	/**
	 * The feature id for the '<em><b>Chair</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKING_GROUP__CHAIR = GOVERNANCE_BODY__CHAIR;

	/**
	 * The feature id for the '<em><b>Trekker</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKING_GROUP__TREKKER = GOVERNANCE_BODY__TREKKER;

	/**
	 * The feature id for the '<em><b>Secretariat</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKING_GROUP__SECRETARIAT = GOVERNANCE_BODY__SECRETARIAT;

	/**
	 * The feature id for the '<em><b>Set Up By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKING_GROUP__SET_UP_BY = GOVERNANCE_BODY__SET_UP_BY;

	/**
	 * The feature id for the '<em><b>Memberships</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKING_GROUP__MEMBERSHIPS = GOVERNANCE_BODY__MEMBERSHIPS;

	/**
	 * The feature id for the '<em><b>Reporting Lines</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKING_GROUP__REPORTING_LINES = GOVERNANCE_BODY__REPORTING_LINES;

	/**
	 * The feature id for the '<em><b>Meetings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKING_GROUP__MEETINGS = GOVERNANCE_BODY__MEETINGS;

	/**
	 * The feature id for the '<em><b>Rules Of Procedure</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKING_GROUP__RULES_OF_PROCEDURE = GOVERNANCE_BODY__RULES_OF_PROCEDURE;

	/**
	 * The feature id for the '<em><b>Project Group</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKING_GROUP__PROJECT_GROUP = GOVERNANCE_BODY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Fixed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKING_GROUP__FIXED = GOVERNANCE_BODY_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Assignment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKING_GROUP__ASSIGNMENT = GOVERNANCE_BODY_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Working Group</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKING_GROUP_FEATURE_COUNT = GOVERNANCE_BODY_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Working Group</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKING_GROUP_OPERATION_COUNT = GOVERNANCE_BODY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.helix.model.governance.impl.MembershipImpl <em>Membership</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.model.governance.impl.MembershipImpl
	 * @see org.helix.model.governance.impl.GovernancePackageImpl#getMembership()
	 * @generated
	 */
	int MEMBERSHIP = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBERSHIP__ID = CorePackage.HELIX_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBERSHIP__CITATIONS = CorePackage.HELIX_ELEMENT__CITATIONS;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBERSHIP__NOTES = CorePackage.HELIX_ELEMENT__NOTES;

	/**
	 * The feature id for the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBERSHIP__ROLE = CorePackage.HELIX_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Helix</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBERSHIP__HELIX = CorePackage.HELIX_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Representing</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBERSHIP__REPRESENTING = CorePackage.HELIX_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Since</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBERSHIP__SINCE = CorePackage.HELIX_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Until</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBERSHIP__UNTIL = CorePackage.HELIX_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Organisation</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBERSHIP__ORGANISATION = CorePackage.HELIX_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Person</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBERSHIP__PERSON = CorePackage.HELIX_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Membership</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBERSHIP_FEATURE_COUNT = CorePackage.HELIX_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Membership</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBERSHIP_OPERATION_COUNT = CorePackage.HELIX_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.helix.model.governance.impl.ReportingLineImpl <em>Reporting Line</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.model.governance.impl.ReportingLineImpl
	 * @see org.helix.model.governance.impl.GovernancePackageImpl#getReportingLine()
	 * @generated
	 */
	int REPORTING_LINE = 5;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORTING_LINE__ID = CorePackage.HELIX_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORTING_LINE__CITATIONS = CorePackage.HELIX_ELEMENT__CITATIONS;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORTING_LINE__NOTES = CorePackage.HELIX_ELEMENT__NOTES;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORTING_LINE__KIND = CorePackage.HELIX_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Frequency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORTING_LINE__FREQUENCY = CorePackage.HELIX_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORTING_LINE__TEXT = CorePackage.HELIX_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORTING_LINE__TARGET = CorePackage.HELIX_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Reporting Line</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORTING_LINE_FEATURE_COUNT = CorePackage.HELIX_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Reporting Line</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORTING_LINE_OPERATION_COUNT = CorePackage.HELIX_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.helix.model.governance.impl.MeetingImpl <em>Meeting</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.model.governance.impl.MeetingImpl
	 * @see org.helix.model.governance.impl.GovernancePackageImpl#getMeeting()
	 * @generated
	 */
	int MEETING = 6;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING__ID = CorePackage.HELIX_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING__CITATIONS = CorePackage.HELIX_ELEMENT__CITATIONS;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING__NOTES = CorePackage.HELIX_ELEMENT__NOTES;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING__TITLE = CorePackage.HELIX_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING__KIND = CorePackage.HELIX_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING__DATE = CorePackage.HELIX_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING__LOCATION = CorePackage.HELIX_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Participant Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING__PARTICIPANT_COUNT = CorePackage.HELIX_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Agenda</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING__AGENDA = CorePackage.HELIX_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Attendees</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING__ATTENDEES = CorePackage.HELIX_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Decisions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING__DECISIONS = CorePackage.HELIX_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Meeting</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING_FEATURE_COUNT = CorePackage.HELIX_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The number of operations of the '<em>Meeting</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING_OPERATION_COUNT = CorePackage.HELIX_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.helix.model.governance.impl.DecisionImpl <em>Decision</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.model.governance.impl.DecisionImpl
	 * @see org.helix.model.governance.impl.GovernancePackageImpl#getDecision()
	 * @generated
	 */
	int DECISION = 7;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION__ID = CorePackage.HELIX_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION__CITATIONS = CorePackage.HELIX_ELEMENT__CITATIONS;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION__NOTES = CorePackage.HELIX_ELEMENT__NOTES;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION__TEXT = CorePackage.HELIX_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Consensus</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION__CONSENSUS = CorePackage.HELIX_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Decision</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION_FEATURE_COUNT = CorePackage.HELIX_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Decision</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION_OPERATION_COUNT = CorePackage.HELIX_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.helix.model.governance.impl.RulesOfProcedureImpl <em>Rules Of Procedure</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.model.governance.impl.RulesOfProcedureImpl
	 * @see org.helix.model.governance.impl.GovernancePackageImpl#getRulesOfProcedure()
	 * @generated
	 */
	int RULES_OF_PROCEDURE = 8;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULES_OF_PROCEDURE__ID = CorePackage.HELIX_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULES_OF_PROCEDURE__CITATIONS = CorePackage.HELIX_ELEMENT__CITATIONS;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULES_OF_PROCEDURE__NOTES = CorePackage.HELIX_ELEMENT__NOTES;

	/**
	 * The feature id for the '<em><b>Adopted</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULES_OF_PROCEDURE__ADOPTED = CorePackage.HELIX_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Decision Rule</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULES_OF_PROCEDURE__DECISION_RULE = CorePackage.HELIX_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Diverging Positions Allowed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULES_OF_PROCEDURE__DIVERGING_POSITIONS_ALLOWED = CorePackage.HELIX_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Veto Right</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULES_OF_PROCEDURE__VETO_RIGHT = CorePackage.HELIX_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>No Consensus Handling</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULES_OF_PROCEDURE__NO_CONSENSUS_HANDLING = CorePackage.HELIX_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Formal Feedback Required</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULES_OF_PROCEDURE__FORMAL_FEEDBACK_REQUIRED = CorePackage.HELIX_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULES_OF_PROCEDURE__TEXT = CorePackage.HELIX_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Rules Of Procedure</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULES_OF_PROCEDURE_FEATURE_COUNT = CorePackage.HELIX_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Rules Of Procedure</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULES_OF_PROCEDURE_OPERATION_COUNT = CorePackage.HELIX_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.helix.model.governance.impl.StakeholderInputImpl <em>Stakeholder Input</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.model.governance.impl.StakeholderInputImpl
	 * @see org.helix.model.governance.impl.GovernancePackageImpl#getStakeholderInput()
	 * @generated
	 */
	int STAKEHOLDER_INPUT = 9;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAKEHOLDER_INPUT__ID = CorePackage.NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAKEHOLDER_INPUT__CITATIONS = CorePackage.NAMED_ELEMENT__CITATIONS;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAKEHOLDER_INPUT__NOTES = CorePackage.NAMED_ELEMENT__NOTES;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAKEHOLDER_INPUT__NAME = CorePackage.NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAKEHOLDER_INPUT__DESCRIPTION = CorePackage.NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Aliases</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAKEHOLDER_INPUT__ALIASES = CorePackage.NAMED_ELEMENT__ALIASES;

	/**
	 * The feature id for the '<em><b>Figures</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAKEHOLDER_INPUT__FIGURES = CorePackage.NAMED_ELEMENT__FIGURES;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAKEHOLDER_INPUT__KIND = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAKEHOLDER_INPUT__STATUS = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Request Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAKEHOLDER_INPUT__REQUEST_DATE = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAKEHOLDER_INPUT__DATE = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Subject</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAKEHOLDER_INPUT__SUBJECT = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Submitted By</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAKEHOLDER_INPUT__SUBMITTED_BY = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Issuing Body</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAKEHOLDER_INPUT__ISSUING_BODY = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Prepared By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAKEHOLDER_INPUT__PREPARED_BY = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Addressees</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAKEHOLDER_INPUT__ADDRESSEES = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Addressed Body</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAKEHOLDER_INPUT__ADDRESSED_BODY = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Document</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAKEHOLDER_INPUT__DOCUMENT = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Responses</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAKEHOLDER_INPUT__RESPONSES = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 11;

	/**
	 * The number of structural features of the '<em>Stakeholder Input</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAKEHOLDER_INPUT_FEATURE_COUNT = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 12;

	/**
	 * The number of operations of the '<em>Stakeholder Input</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAKEHOLDER_INPUT_OPERATION_COUNT = CorePackage.NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.helix.model.governance.impl.FormalResponseImpl <em>Formal Response</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.model.governance.impl.FormalResponseImpl
	 * @see org.helix.model.governance.impl.GovernancePackageImpl#getFormalResponse()
	 * @generated
	 */
	int FORMAL_RESPONSE = 10;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORMAL_RESPONSE__ID = CorePackage.HELIX_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORMAL_RESPONSE__CITATIONS = CorePackage.HELIX_ELEMENT__CITATIONS;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORMAL_RESPONSE__NOTES = CorePackage.HELIX_ELEMENT__NOTES;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORMAL_RESPONSE__DATE = CorePackage.HELIX_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Appreciation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORMAL_RESPONSE__APPRECIATION = CorePackage.HELIX_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Policy Follow Up</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORMAL_RESPONSE__POLICY_FOLLOW_UP = CorePackage.HELIX_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Responding Body</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORMAL_RESPONSE__RESPONDING_BODY = CorePackage.HELIX_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Respondent</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORMAL_RESPONSE__RESPONDENT = CorePackage.HELIX_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Formal Response</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORMAL_RESPONSE_FEATURE_COUNT = CorePackage.HELIX_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Formal Response</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORMAL_RESPONSE_OPERATION_COUNT = CorePackage.HELIX_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.helix.model.governance.BodyKind <em>Body Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.model.governance.BodyKind
	 * @see org.helix.model.governance.impl.GovernancePackageImpl#getBodyKind()
	 * @generated
	 */
	int BODY_KIND = 11;

	/**
	 * The meta object id for the '{@link org.helix.model.governance.BodyStatus <em>Body Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.model.governance.BodyStatus
	 * @see org.helix.model.governance.impl.GovernancePackageImpl#getBodyStatus()
	 * @generated
	 */
	int BODY_STATUS = 12;

	/**
	 * The meta object id for the '{@link org.helix.model.governance.MeetingCadence <em>Meeting Cadence</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.model.governance.MeetingCadence
	 * @see org.helix.model.governance.impl.GovernancePackageImpl#getMeetingCadence()
	 * @generated
	 */
	int MEETING_CADENCE = 13;

	/**
	 * The meta object id for the '{@link org.helix.model.governance.MembershipRole <em>Membership Role</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.model.governance.MembershipRole
	 * @see org.helix.model.governance.impl.GovernancePackageImpl#getMembershipRole()
	 * @generated
	 */
	int MEMBERSHIP_ROLE = 14;

	/**
	 * The meta object id for the '{@link org.helix.model.governance.ReportingKind <em>Reporting Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.model.governance.ReportingKind
	 * @see org.helix.model.governance.impl.GovernancePackageImpl#getReportingKind()
	 * @generated
	 */
	int REPORTING_KIND = 15;

	/**
	 * The meta object id for the '{@link org.helix.model.governance.MeetingKind <em>Meeting Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.model.governance.MeetingKind
	 * @see org.helix.model.governance.impl.GovernancePackageImpl#getMeetingKind()
	 * @generated
	 */
	int MEETING_KIND = 16;

	/**
	 * The meta object id for the '{@link org.helix.model.governance.DecisionRule <em>Decision Rule</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.model.governance.DecisionRule
	 * @see org.helix.model.governance.impl.GovernancePackageImpl#getDecisionRule()
	 * @generated
	 */
	int DECISION_RULE = 17;

	/**
	 * The meta object id for the '{@link org.helix.model.governance.InputKind <em>Input Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.model.governance.InputKind
	 * @see org.helix.model.governance.impl.GovernancePackageImpl#getInputKind()
	 * @generated
	 */
	int INPUT_KIND = 18;

	/**
	 * The meta object id for the '{@link org.helix.model.governance.InputStatus <em>Input Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.model.governance.InputStatus
	 * @see org.helix.model.governance.impl.GovernancePackageImpl#getInputStatus()
	 * @generated
	 */
	int INPUT_STATUS = 19;


	/**
	 * Returns the meta object for class '{@link org.helix.model.governance.GovernanceBody <em>Body</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Body</em>'.
	 * @see org.helix.model.governance.GovernanceBody
	 * @generated
	 */
	EClass getGovernanceBody();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.governance.GovernanceBody#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.helix.model.governance.GovernanceBody#getKind()
	 * @see #getGovernanceBody()
	 * @generated
	 */
	EAttribute getGovernanceBody_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.governance.GovernanceBody#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.helix.model.governance.GovernanceBody#getStatus()
	 * @see #getGovernanceBody()
	 * @generated
	 */
	EAttribute getGovernanceBody_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.governance.GovernanceBody#getLevel <em>Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Level</em>'.
	 * @see org.helix.model.governance.GovernanceBody#getLevel()
	 * @see #getGovernanceBody()
	 * @generated
	 */
	EAttribute getGovernanceBody_Level();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.governance.GovernanceBody#getMandate <em>Mandate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mandate</em>'.
	 * @see org.helix.model.governance.GovernanceBody#getMandate()
	 * @see #getGovernanceBody()
	 * @generated
	 */
	EAttribute getGovernanceBody_Mandate();

	/**
	 * Returns the meta object for the attribute list '{@link org.helix.model.governance.GovernanceBody#getTasks <em>Tasks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Tasks</em>'.
	 * @see org.helix.model.governance.GovernanceBody#getTasks()
	 * @see #getGovernanceBody()
	 * @generated
	 */
	EAttribute getGovernanceBody_Tasks();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.governance.GovernanceBody#getMeetingCadence <em>Meeting Cadence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Meeting Cadence</em>'.
	 * @see org.helix.model.governance.GovernanceBody#getMeetingCadence()
	 * @see #getGovernanceBody()
	 * @generated
	 */
	EAttribute getGovernanceBody_MeetingCadence();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.governance.GovernanceBody#getMeetingsPerYear <em>Meetings Per Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Meetings Per Year</em>'.
	 * @see org.helix.model.governance.GovernanceBody#getMeetingsPerYear()
	 * @see #getGovernanceBody()
	 * @generated
	 */
	EAttribute getGovernanceBody_MeetingsPerYear();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.governance.GovernanceBody#getCadenceText <em>Cadence Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cadence Text</em>'.
	 * @see org.helix.model.governance.GovernanceBody#getCadenceText()
	 * @see #getGovernanceBody()
	 * @generated
	 */
	EAttribute getGovernanceBody_CadenceText();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.governance.GovernanceBody#getOpenMeeting <em>Open Meeting</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Open Meeting</em>'.
	 * @see org.helix.model.governance.GovernanceBody#getOpenMeeting()
	 * @see #getGovernanceBody()
	 * @generated
	 */
	EAttribute getGovernanceBody_OpenMeeting();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.governance.GovernanceBody#getEstablished <em>Established</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Established</em>'.
	 * @see org.helix.model.governance.GovernanceBody#getEstablished()
	 * @see #getGovernanceBody()
	 * @generated
	 */
	EAttribute getGovernanceBody_Established();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.governance.GovernanceBody#getDissolved <em>Dissolved</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dissolved</em>'.
	 * @see org.helix.model.governance.GovernanceBody#getDissolved()
	 * @see #getGovernanceBody()
	 * @generated
	 */
	EAttribute getGovernanceBody_Dissolved();

	/**
	 * Returns the meta object for the reference '{@link org.helix.model.governance.GovernanceBody#getOrganisation <em>Organisation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Organisation</em>'.
	 * @see org.helix.model.governance.GovernanceBody#getOrganisation()
	 * @see #getGovernanceBody()
	 * @generated
	 */
	EReference getGovernanceBody_Organisation();

	/**
	 * Returns the meta object for the reference '{@link org.helix.model.governance.GovernanceBody#getChair <em>Chair</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Chair</em>'.
	 * @see org.helix.model.governance.GovernanceBody#getChair()
	 * @see #getGovernanceBody()
	 * @generated
	 */
	EReference getGovernanceBody_Chair();

	/**
	 * Returns the meta object for the reference '{@link org.helix.model.governance.GovernanceBody#getTrekker <em>Trekker</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Trekker</em>'.
	 * @see org.helix.model.governance.GovernanceBody#getTrekker()
	 * @see #getGovernanceBody()
	 * @generated
	 */
	EReference getGovernanceBody_Trekker();

	/**
	 * Returns the meta object for the reference '{@link org.helix.model.governance.GovernanceBody#getSecretariat <em>Secretariat</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Secretariat</em>'.
	 * @see org.helix.model.governance.GovernanceBody#getSecretariat()
	 * @see #getGovernanceBody()
	 * @generated
	 */
	EReference getGovernanceBody_Secretariat();

	/**
	 * Returns the meta object for the reference '{@link org.helix.model.governance.GovernanceBody#getSetUpBy <em>Set Up By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Set Up By</em>'.
	 * @see org.helix.model.governance.GovernanceBody#getSetUpBy()
	 * @see #getGovernanceBody()
	 * @generated
	 */
	EReference getGovernanceBody_SetUpBy();

	/**
	 * Returns the meta object for the containment reference list '{@link org.helix.model.governance.GovernanceBody#getMemberships <em>Memberships</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Memberships</em>'.
	 * @see org.helix.model.governance.GovernanceBody#getMemberships()
	 * @see #getGovernanceBody()
	 * @generated
	 */
	EReference getGovernanceBody_Memberships();

	/**
	 * Returns the meta object for the containment reference list '{@link org.helix.model.governance.GovernanceBody#getReportingLines <em>Reporting Lines</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Reporting Lines</em>'.
	 * @see org.helix.model.governance.GovernanceBody#getReportingLines()
	 * @see #getGovernanceBody()
	 * @generated
	 */
	EReference getGovernanceBody_ReportingLines();

	/**
	 * Returns the meta object for the containment reference list '{@link org.helix.model.governance.GovernanceBody#getMeetings <em>Meetings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Meetings</em>'.
	 * @see org.helix.model.governance.GovernanceBody#getMeetings()
	 * @see #getGovernanceBody()
	 * @generated
	 */
	EReference getGovernanceBody_Meetings();

	/**
	 * Returns the meta object for the containment reference '{@link org.helix.model.governance.GovernanceBody#getRulesOfProcedure <em>Rules Of Procedure</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Rules Of Procedure</em>'.
	 * @see org.helix.model.governance.GovernanceBody#getRulesOfProcedure()
	 * @see #getGovernanceBody()
	 * @generated
	 */
	EReference getGovernanceBody_RulesOfProcedure();

	/**
	 * Returns the meta object for class '{@link org.helix.model.governance.PermanentCouncil <em>Permanent Council</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Permanent Council</em>'.
	 * @see org.helix.model.governance.PermanentCouncil
	 * @generated
	 */
	EClass getPermanentCouncil();

	/**
	 * Returns the meta object for the attribute list '{@link org.helix.model.governance.PermanentCouncil#getOperatingPrinciples <em>Operating Principles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Operating Principles</em>'.
	 * @see org.helix.model.governance.PermanentCouncil#getOperatingPrinciples()
	 * @see #getPermanentCouncil()
	 * @generated
	 */
	EAttribute getPermanentCouncil_OperatingPrinciples();

	/**
	 * Returns the meta object for class '{@link org.helix.model.governance.SoundingBoard <em>Sounding Board</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Sounding Board</em>'.
	 * @see org.helix.model.governance.SoundingBoard
	 * @generated
	 */
	EClass getSoundingBoard();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.governance.SoundingBoard#getTemporary <em>Temporary</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Temporary</em>'.
	 * @see org.helix.model.governance.SoundingBoard#getTemporary()
	 * @see #getSoundingBoard()
	 * @generated
	 */
	EAttribute getSoundingBoard_Temporary();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.governance.SoundingBoard#getSubject <em>Subject</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Subject</em>'.
	 * @see org.helix.model.governance.SoundingBoard#getSubject()
	 * @see #getSoundingBoard()
	 * @generated
	 */
	EAttribute getSoundingBoard_Subject();

	/**
	 * Returns the meta object for class '{@link org.helix.model.governance.WorkingGroup <em>Working Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Working Group</em>'.
	 * @see org.helix.model.governance.WorkingGroup
	 * @generated
	 */
	EClass getWorkingGroup();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.governance.WorkingGroup#getProjectGroup <em>Project Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Project Group</em>'.
	 * @see org.helix.model.governance.WorkingGroup#getProjectGroup()
	 * @see #getWorkingGroup()
	 * @generated
	 */
	EAttribute getWorkingGroup_ProjectGroup();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.governance.WorkingGroup#getFixed <em>Fixed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fixed</em>'.
	 * @see org.helix.model.governance.WorkingGroup#getFixed()
	 * @see #getWorkingGroup()
	 * @generated
	 */
	EAttribute getWorkingGroup_Fixed();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.governance.WorkingGroup#getAssignment <em>Assignment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Assignment</em>'.
	 * @see org.helix.model.governance.WorkingGroup#getAssignment()
	 * @see #getWorkingGroup()
	 * @generated
	 */
	EAttribute getWorkingGroup_Assignment();

	/**
	 * Returns the meta object for class '{@link org.helix.model.governance.Membership <em>Membership</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Membership</em>'.
	 * @see org.helix.model.governance.Membership
	 * @generated
	 */
	EClass getMembership();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.governance.Membership#getRole <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Role</em>'.
	 * @see org.helix.model.governance.Membership#getRole()
	 * @see #getMembership()
	 * @generated
	 */
	EAttribute getMembership_Role();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.governance.Membership#getHelix <em>Helix</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Helix</em>'.
	 * @see org.helix.model.governance.Membership#getHelix()
	 * @see #getMembership()
	 * @generated
	 */
	EAttribute getMembership_Helix();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.governance.Membership#getRepresenting <em>Representing</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Representing</em>'.
	 * @see org.helix.model.governance.Membership#getRepresenting()
	 * @see #getMembership()
	 * @generated
	 */
	EAttribute getMembership_Representing();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.governance.Membership#getSince <em>Since</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Since</em>'.
	 * @see org.helix.model.governance.Membership#getSince()
	 * @see #getMembership()
	 * @generated
	 */
	EAttribute getMembership_Since();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.governance.Membership#getUntil <em>Until</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Until</em>'.
	 * @see org.helix.model.governance.Membership#getUntil()
	 * @see #getMembership()
	 * @generated
	 */
	EAttribute getMembership_Until();

	/**
	 * Returns the meta object for the reference '{@link org.helix.model.governance.Membership#getOrganisation <em>Organisation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Organisation</em>'.
	 * @see org.helix.model.governance.Membership#getOrganisation()
	 * @see #getMembership()
	 * @generated
	 */
	EReference getMembership_Organisation();

	/**
	 * Returns the meta object for the reference '{@link org.helix.model.governance.Membership#getPerson <em>Person</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Person</em>'.
	 * @see org.helix.model.governance.Membership#getPerson()
	 * @see #getMembership()
	 * @generated
	 */
	EReference getMembership_Person();

	/**
	 * Returns the meta object for class '{@link org.helix.model.governance.ReportingLine <em>Reporting Line</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Reporting Line</em>'.
	 * @see org.helix.model.governance.ReportingLine
	 * @generated
	 */
	EClass getReportingLine();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.governance.ReportingLine#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.helix.model.governance.ReportingLine#getKind()
	 * @see #getReportingLine()
	 * @generated
	 */
	EAttribute getReportingLine_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.governance.ReportingLine#getFrequency <em>Frequency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Frequency</em>'.
	 * @see org.helix.model.governance.ReportingLine#getFrequency()
	 * @see #getReportingLine()
	 * @generated
	 */
	EAttribute getReportingLine_Frequency();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.governance.ReportingLine#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.helix.model.governance.ReportingLine#getText()
	 * @see #getReportingLine()
	 * @generated
	 */
	EAttribute getReportingLine_Text();

	/**
	 * Returns the meta object for the reference '{@link org.helix.model.governance.ReportingLine#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Target</em>'.
	 * @see org.helix.model.governance.ReportingLine#getTarget()
	 * @see #getReportingLine()
	 * @generated
	 */
	EReference getReportingLine_Target();

	/**
	 * Returns the meta object for class '{@link org.helix.model.governance.Meeting <em>Meeting</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Meeting</em>'.
	 * @see org.helix.model.governance.Meeting
	 * @generated
	 */
	EClass getMeeting();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.governance.Meeting#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.helix.model.governance.Meeting#getTitle()
	 * @see #getMeeting()
	 * @generated
	 */
	EAttribute getMeeting_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.governance.Meeting#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.helix.model.governance.Meeting#getKind()
	 * @see #getMeeting()
	 * @generated
	 */
	EAttribute getMeeting_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.governance.Meeting#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.helix.model.governance.Meeting#getDate()
	 * @see #getMeeting()
	 * @generated
	 */
	EAttribute getMeeting_Date();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.governance.Meeting#getLocation <em>Location</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Location</em>'.
	 * @see org.helix.model.governance.Meeting#getLocation()
	 * @see #getMeeting()
	 * @generated
	 */
	EAttribute getMeeting_Location();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.governance.Meeting#getParticipantCount <em>Participant Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Participant Count</em>'.
	 * @see org.helix.model.governance.Meeting#getParticipantCount()
	 * @see #getMeeting()
	 * @generated
	 */
	EAttribute getMeeting_ParticipantCount();

	/**
	 * Returns the meta object for the attribute list '{@link org.helix.model.governance.Meeting#getAgenda <em>Agenda</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Agenda</em>'.
	 * @see org.helix.model.governance.Meeting#getAgenda()
	 * @see #getMeeting()
	 * @generated
	 */
	EAttribute getMeeting_Agenda();

	/**
	 * Returns the meta object for the reference list '{@link org.helix.model.governance.Meeting#getAttendees <em>Attendees</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Attendees</em>'.
	 * @see org.helix.model.governance.Meeting#getAttendees()
	 * @see #getMeeting()
	 * @generated
	 */
	EReference getMeeting_Attendees();

	/**
	 * Returns the meta object for the containment reference list '{@link org.helix.model.governance.Meeting#getDecisions <em>Decisions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Decisions</em>'.
	 * @see org.helix.model.governance.Meeting#getDecisions()
	 * @see #getMeeting()
	 * @generated
	 */
	EReference getMeeting_Decisions();

	/**
	 * Returns the meta object for class '{@link org.helix.model.governance.Decision <em>Decision</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Decision</em>'.
	 * @see org.helix.model.governance.Decision
	 * @generated
	 */
	EClass getDecision();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.governance.Decision#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.helix.model.governance.Decision#getText()
	 * @see #getDecision()
	 * @generated
	 */
	EAttribute getDecision_Text();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.governance.Decision#getConsensus <em>Consensus</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Consensus</em>'.
	 * @see org.helix.model.governance.Decision#getConsensus()
	 * @see #getDecision()
	 * @generated
	 */
	EAttribute getDecision_Consensus();

	/**
	 * Returns the meta object for class '{@link org.helix.model.governance.RulesOfProcedure <em>Rules Of Procedure</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Rules Of Procedure</em>'.
	 * @see org.helix.model.governance.RulesOfProcedure
	 * @generated
	 */
	EClass getRulesOfProcedure();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.governance.RulesOfProcedure#getAdopted <em>Adopted</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Adopted</em>'.
	 * @see org.helix.model.governance.RulesOfProcedure#getAdopted()
	 * @see #getRulesOfProcedure()
	 * @generated
	 */
	EAttribute getRulesOfProcedure_Adopted();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.governance.RulesOfProcedure#getDecisionRule <em>Decision Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Decision Rule</em>'.
	 * @see org.helix.model.governance.RulesOfProcedure#getDecisionRule()
	 * @see #getRulesOfProcedure()
	 * @generated
	 */
	EAttribute getRulesOfProcedure_DecisionRule();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.governance.RulesOfProcedure#getDivergingPositionsAllowed <em>Diverging Positions Allowed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Diverging Positions Allowed</em>'.
	 * @see org.helix.model.governance.RulesOfProcedure#getDivergingPositionsAllowed()
	 * @see #getRulesOfProcedure()
	 * @generated
	 */
	EAttribute getRulesOfProcedure_DivergingPositionsAllowed();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.governance.RulesOfProcedure#getVetoRight <em>Veto Right</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Veto Right</em>'.
	 * @see org.helix.model.governance.RulesOfProcedure#getVetoRight()
	 * @see #getRulesOfProcedure()
	 * @generated
	 */
	EAttribute getRulesOfProcedure_VetoRight();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.governance.RulesOfProcedure#getNoConsensusHandling <em>No Consensus Handling</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>No Consensus Handling</em>'.
	 * @see org.helix.model.governance.RulesOfProcedure#getNoConsensusHandling()
	 * @see #getRulesOfProcedure()
	 * @generated
	 */
	EAttribute getRulesOfProcedure_NoConsensusHandling();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.governance.RulesOfProcedure#getFormalFeedbackRequired <em>Formal Feedback Required</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Formal Feedback Required</em>'.
	 * @see org.helix.model.governance.RulesOfProcedure#getFormalFeedbackRequired()
	 * @see #getRulesOfProcedure()
	 * @generated
	 */
	EAttribute getRulesOfProcedure_FormalFeedbackRequired();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.governance.RulesOfProcedure#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.helix.model.governance.RulesOfProcedure#getText()
	 * @see #getRulesOfProcedure()
	 * @generated
	 */
	EAttribute getRulesOfProcedure_Text();

	/**
	 * Returns the meta object for class '{@link org.helix.model.governance.StakeholderInput <em>Stakeholder Input</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Stakeholder Input</em>'.
	 * @see org.helix.model.governance.StakeholderInput
	 * @generated
	 */
	EClass getStakeholderInput();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.governance.StakeholderInput#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.helix.model.governance.StakeholderInput#getKind()
	 * @see #getStakeholderInput()
	 * @generated
	 */
	EAttribute getStakeholderInput_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.governance.StakeholderInput#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.helix.model.governance.StakeholderInput#getStatus()
	 * @see #getStakeholderInput()
	 * @generated
	 */
	EAttribute getStakeholderInput_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.governance.StakeholderInput#getRequestDate <em>Request Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Request Date</em>'.
	 * @see org.helix.model.governance.StakeholderInput#getRequestDate()
	 * @see #getStakeholderInput()
	 * @generated
	 */
	EAttribute getStakeholderInput_RequestDate();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.governance.StakeholderInput#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.helix.model.governance.StakeholderInput#getDate()
	 * @see #getStakeholderInput()
	 * @generated
	 */
	EAttribute getStakeholderInput_Date();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.governance.StakeholderInput#getSubject <em>Subject</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Subject</em>'.
	 * @see org.helix.model.governance.StakeholderInput#getSubject()
	 * @see #getStakeholderInput()
	 * @generated
	 */
	EAttribute getStakeholderInput_Subject();

	/**
	 * Returns the meta object for the reference list '{@link org.helix.model.governance.StakeholderInput#getSubmittedBy <em>Submitted By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Submitted By</em>'.
	 * @see org.helix.model.governance.StakeholderInput#getSubmittedBy()
	 * @see #getStakeholderInput()
	 * @generated
	 */
	EReference getStakeholderInput_SubmittedBy();

	/**
	 * Returns the meta object for the reference '{@link org.helix.model.governance.StakeholderInput#getIssuingBody <em>Issuing Body</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Issuing Body</em>'.
	 * @see org.helix.model.governance.StakeholderInput#getIssuingBody()
	 * @see #getStakeholderInput()
	 * @generated
	 */
	EReference getStakeholderInput_IssuingBody();

	/**
	 * Returns the meta object for the reference '{@link org.helix.model.governance.StakeholderInput#getPreparedBy <em>Prepared By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Prepared By</em>'.
	 * @see org.helix.model.governance.StakeholderInput#getPreparedBy()
	 * @see #getStakeholderInput()
	 * @generated
	 */
	EReference getStakeholderInput_PreparedBy();

	/**
	 * Returns the meta object for the reference list '{@link org.helix.model.governance.StakeholderInput#getAddressees <em>Addressees</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Addressees</em>'.
	 * @see org.helix.model.governance.StakeholderInput#getAddressees()
	 * @see #getStakeholderInput()
	 * @generated
	 */
	EReference getStakeholderInput_Addressees();

	/**
	 * Returns the meta object for the reference '{@link org.helix.model.governance.StakeholderInput#getAddressedBody <em>Addressed Body</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Addressed Body</em>'.
	 * @see org.helix.model.governance.StakeholderInput#getAddressedBody()
	 * @see #getStakeholderInput()
	 * @generated
	 */
	EReference getStakeholderInput_AddressedBody();

	/**
	 * Returns the meta object for the reference '{@link org.helix.model.governance.StakeholderInput#getDocument <em>Document</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Document</em>'.
	 * @see org.helix.model.governance.StakeholderInput#getDocument()
	 * @see #getStakeholderInput()
	 * @generated
	 */
	EReference getStakeholderInput_Document();

	/**
	 * Returns the meta object for the containment reference list '{@link org.helix.model.governance.StakeholderInput#getResponses <em>Responses</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Responses</em>'.
	 * @see org.helix.model.governance.StakeholderInput#getResponses()
	 * @see #getStakeholderInput()
	 * @generated
	 */
	EReference getStakeholderInput_Responses();

	/**
	 * Returns the meta object for class '{@link org.helix.model.governance.FormalResponse <em>Formal Response</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Formal Response</em>'.
	 * @see org.helix.model.governance.FormalResponse
	 * @generated
	 */
	EClass getFormalResponse();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.governance.FormalResponse#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.helix.model.governance.FormalResponse#getDate()
	 * @see #getFormalResponse()
	 * @generated
	 */
	EAttribute getFormalResponse_Date();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.governance.FormalResponse#getAppreciation <em>Appreciation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Appreciation</em>'.
	 * @see org.helix.model.governance.FormalResponse#getAppreciation()
	 * @see #getFormalResponse()
	 * @generated
	 */
	EAttribute getFormalResponse_Appreciation();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.governance.FormalResponse#getPolicyFollowUp <em>Policy Follow Up</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Policy Follow Up</em>'.
	 * @see org.helix.model.governance.FormalResponse#getPolicyFollowUp()
	 * @see #getFormalResponse()
	 * @generated
	 */
	EAttribute getFormalResponse_PolicyFollowUp();

	/**
	 * Returns the meta object for the reference '{@link org.helix.model.governance.FormalResponse#getRespondingBody <em>Responding Body</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Responding Body</em>'.
	 * @see org.helix.model.governance.FormalResponse#getRespondingBody()
	 * @see #getFormalResponse()
	 * @generated
	 */
	EReference getFormalResponse_RespondingBody();

	/**
	 * Returns the meta object for the reference '{@link org.helix.model.governance.FormalResponse#getRespondent <em>Respondent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Respondent</em>'.
	 * @see org.helix.model.governance.FormalResponse#getRespondent()
	 * @see #getFormalResponse()
	 * @generated
	 */
	EReference getFormalResponse_Respondent();

	/**
	 * Returns the meta object for enum '{@link org.helix.model.governance.BodyKind <em>Body Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Body Kind</em>'.
	 * @see org.helix.model.governance.BodyKind
	 * @generated
	 */
	EEnum getBodyKind();

	/**
	 * Returns the meta object for enum '{@link org.helix.model.governance.BodyStatus <em>Body Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Body Status</em>'.
	 * @see org.helix.model.governance.BodyStatus
	 * @generated
	 */
	EEnum getBodyStatus();

	/**
	 * Returns the meta object for enum '{@link org.helix.model.governance.MeetingCadence <em>Meeting Cadence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Meeting Cadence</em>'.
	 * @see org.helix.model.governance.MeetingCadence
	 * @generated
	 */
	EEnum getMeetingCadence();

	/**
	 * Returns the meta object for enum '{@link org.helix.model.governance.MembershipRole <em>Membership Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Membership Role</em>'.
	 * @see org.helix.model.governance.MembershipRole
	 * @generated
	 */
	EEnum getMembershipRole();

	/**
	 * Returns the meta object for enum '{@link org.helix.model.governance.ReportingKind <em>Reporting Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Reporting Kind</em>'.
	 * @see org.helix.model.governance.ReportingKind
	 * @generated
	 */
	EEnum getReportingKind();

	/**
	 * Returns the meta object for enum '{@link org.helix.model.governance.MeetingKind <em>Meeting Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Meeting Kind</em>'.
	 * @see org.helix.model.governance.MeetingKind
	 * @generated
	 */
	EEnum getMeetingKind();

	/**
	 * Returns the meta object for enum '{@link org.helix.model.governance.DecisionRule <em>Decision Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Decision Rule</em>'.
	 * @see org.helix.model.governance.DecisionRule
	 * @generated
	 */
	EEnum getDecisionRule();

	/**
	 * Returns the meta object for enum '{@link org.helix.model.governance.InputKind <em>Input Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Input Kind</em>'.
	 * @see org.helix.model.governance.InputKind
	 * @generated
	 */
	EEnum getInputKind();

	/**
	 * Returns the meta object for enum '{@link org.helix.model.governance.InputStatus <em>Input Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Input Status</em>'.
	 * @see org.helix.model.governance.InputStatus
	 * @generated
	 */
	EEnum getInputStatus();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	GovernanceFactory getGovernanceFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.helix.model.governance.impl.GovernanceBodyImpl <em>Body</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.model.governance.impl.GovernanceBodyImpl
		 * @see org.helix.model.governance.impl.GovernancePackageImpl#getGovernanceBody()
		 * @generated
		 */
		EClass GOVERNANCE_BODY = eINSTANCE.getGovernanceBody();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GOVERNANCE_BODY__KIND = eINSTANCE.getGovernanceBody_Kind();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GOVERNANCE_BODY__STATUS = eINSTANCE.getGovernanceBody_Status();

		/**
		 * The meta object literal for the '<em><b>Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GOVERNANCE_BODY__LEVEL = eINSTANCE.getGovernanceBody_Level();

		/**
		 * The meta object literal for the '<em><b>Mandate</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GOVERNANCE_BODY__MANDATE = eINSTANCE.getGovernanceBody_Mandate();

		/**
		 * The meta object literal for the '<em><b>Tasks</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GOVERNANCE_BODY__TASKS = eINSTANCE.getGovernanceBody_Tasks();

		/**
		 * The meta object literal for the '<em><b>Meeting Cadence</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GOVERNANCE_BODY__MEETING_CADENCE = eINSTANCE.getGovernanceBody_MeetingCadence();

		/**
		 * The meta object literal for the '<em><b>Meetings Per Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GOVERNANCE_BODY__MEETINGS_PER_YEAR = eINSTANCE.getGovernanceBody_MeetingsPerYear();

		/**
		 * The meta object literal for the '<em><b>Cadence Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GOVERNANCE_BODY__CADENCE_TEXT = eINSTANCE.getGovernanceBody_CadenceText();

		/**
		 * The meta object literal for the '<em><b>Open Meeting</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GOVERNANCE_BODY__OPEN_MEETING = eINSTANCE.getGovernanceBody_OpenMeeting();

		/**
		 * The meta object literal for the '<em><b>Established</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GOVERNANCE_BODY__ESTABLISHED = eINSTANCE.getGovernanceBody_Established();

		/**
		 * The meta object literal for the '<em><b>Dissolved</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GOVERNANCE_BODY__DISSOLVED = eINSTANCE.getGovernanceBody_Dissolved();

		/**
		 * The meta object literal for the '<em><b>Organisation</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GOVERNANCE_BODY__ORGANISATION = eINSTANCE.getGovernanceBody_Organisation();

		/**
		 * The meta object literal for the '<em><b>Chair</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GOVERNANCE_BODY__CHAIR = eINSTANCE.getGovernanceBody_Chair();

		/**
		 * The meta object literal for the '<em><b>Trekker</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GOVERNANCE_BODY__TREKKER = eINSTANCE.getGovernanceBody_Trekker();

		/**
		 * The meta object literal for the '<em><b>Secretariat</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GOVERNANCE_BODY__SECRETARIAT = eINSTANCE.getGovernanceBody_Secretariat();

		/**
		 * The meta object literal for the '<em><b>Set Up By</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GOVERNANCE_BODY__SET_UP_BY = eINSTANCE.getGovernanceBody_SetUpBy();

		/**
		 * The meta object literal for the '<em><b>Memberships</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GOVERNANCE_BODY__MEMBERSHIPS = eINSTANCE.getGovernanceBody_Memberships();

		/**
		 * The meta object literal for the '<em><b>Reporting Lines</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GOVERNANCE_BODY__REPORTING_LINES = eINSTANCE.getGovernanceBody_ReportingLines();

		/**
		 * The meta object literal for the '<em><b>Meetings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GOVERNANCE_BODY__MEETINGS = eINSTANCE.getGovernanceBody_Meetings();

		/**
		 * The meta object literal for the '<em><b>Rules Of Procedure</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GOVERNANCE_BODY__RULES_OF_PROCEDURE = eINSTANCE.getGovernanceBody_RulesOfProcedure();

		/**
		 * The meta object literal for the '{@link org.helix.model.governance.impl.PermanentCouncilImpl <em>Permanent Council</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.model.governance.impl.PermanentCouncilImpl
		 * @see org.helix.model.governance.impl.GovernancePackageImpl#getPermanentCouncil()
		 * @generated
		 */
		EClass PERMANENT_COUNCIL = eINSTANCE.getPermanentCouncil();

		/**
		 * The meta object literal for the '<em><b>Operating Principles</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERMANENT_COUNCIL__OPERATING_PRINCIPLES = eINSTANCE.getPermanentCouncil_OperatingPrinciples();

		/**
		 * The meta object literal for the '{@link org.helix.model.governance.impl.SoundingBoardImpl <em>Sounding Board</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.model.governance.impl.SoundingBoardImpl
		 * @see org.helix.model.governance.impl.GovernancePackageImpl#getSoundingBoard()
		 * @generated
		 */
		EClass SOUNDING_BOARD = eINSTANCE.getSoundingBoard();

		/**
		 * The meta object literal for the '<em><b>Temporary</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOUNDING_BOARD__TEMPORARY = eINSTANCE.getSoundingBoard_Temporary();

		/**
		 * The meta object literal for the '<em><b>Subject</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOUNDING_BOARD__SUBJECT = eINSTANCE.getSoundingBoard_Subject();

		/**
		 * The meta object literal for the '{@link org.helix.model.governance.impl.WorkingGroupImpl <em>Working Group</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.model.governance.impl.WorkingGroupImpl
		 * @see org.helix.model.governance.impl.GovernancePackageImpl#getWorkingGroup()
		 * @generated
		 */
		EClass WORKING_GROUP = eINSTANCE.getWorkingGroup();

		/**
		 * The meta object literal for the '<em><b>Project Group</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORKING_GROUP__PROJECT_GROUP = eINSTANCE.getWorkingGroup_ProjectGroup();

		/**
		 * The meta object literal for the '<em><b>Fixed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORKING_GROUP__FIXED = eINSTANCE.getWorkingGroup_Fixed();

		/**
		 * The meta object literal for the '<em><b>Assignment</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORKING_GROUP__ASSIGNMENT = eINSTANCE.getWorkingGroup_Assignment();

		/**
		 * The meta object literal for the '{@link org.helix.model.governance.impl.MembershipImpl <em>Membership</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.model.governance.impl.MembershipImpl
		 * @see org.helix.model.governance.impl.GovernancePackageImpl#getMembership()
		 * @generated
		 */
		EClass MEMBERSHIP = eINSTANCE.getMembership();

		/**
		 * The meta object literal for the '<em><b>Role</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEMBERSHIP__ROLE = eINSTANCE.getMembership_Role();

		/**
		 * The meta object literal for the '<em><b>Helix</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEMBERSHIP__HELIX = eINSTANCE.getMembership_Helix();

		/**
		 * The meta object literal for the '<em><b>Representing</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEMBERSHIP__REPRESENTING = eINSTANCE.getMembership_Representing();

		/**
		 * The meta object literal for the '<em><b>Since</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEMBERSHIP__SINCE = eINSTANCE.getMembership_Since();

		/**
		 * The meta object literal for the '<em><b>Until</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEMBERSHIP__UNTIL = eINSTANCE.getMembership_Until();

		/**
		 * The meta object literal for the '<em><b>Organisation</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEMBERSHIP__ORGANISATION = eINSTANCE.getMembership_Organisation();

		/**
		 * The meta object literal for the '<em><b>Person</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEMBERSHIP__PERSON = eINSTANCE.getMembership_Person();

		/**
		 * The meta object literal for the '{@link org.helix.model.governance.impl.ReportingLineImpl <em>Reporting Line</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.model.governance.impl.ReportingLineImpl
		 * @see org.helix.model.governance.impl.GovernancePackageImpl#getReportingLine()
		 * @generated
		 */
		EClass REPORTING_LINE = eINSTANCE.getReportingLine();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPORTING_LINE__KIND = eINSTANCE.getReportingLine_Kind();

		/**
		 * The meta object literal for the '<em><b>Frequency</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPORTING_LINE__FREQUENCY = eINSTANCE.getReportingLine_Frequency();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPORTING_LINE__TEXT = eINSTANCE.getReportingLine_Text();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REPORTING_LINE__TARGET = eINSTANCE.getReportingLine_Target();

		/**
		 * The meta object literal for the '{@link org.helix.model.governance.impl.MeetingImpl <em>Meeting</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.model.governance.impl.MeetingImpl
		 * @see org.helix.model.governance.impl.GovernancePackageImpl#getMeeting()
		 * @generated
		 */
		EClass MEETING = eINSTANCE.getMeeting();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEETING__TITLE = eINSTANCE.getMeeting_Title();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEETING__KIND = eINSTANCE.getMeeting_Kind();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEETING__DATE = eINSTANCE.getMeeting_Date();

		/**
		 * The meta object literal for the '<em><b>Location</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEETING__LOCATION = eINSTANCE.getMeeting_Location();

		/**
		 * The meta object literal for the '<em><b>Participant Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEETING__PARTICIPANT_COUNT = eINSTANCE.getMeeting_ParticipantCount();

		/**
		 * The meta object literal for the '<em><b>Agenda</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEETING__AGENDA = eINSTANCE.getMeeting_Agenda();

		/**
		 * The meta object literal for the '<em><b>Attendees</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEETING__ATTENDEES = eINSTANCE.getMeeting_Attendees();

		/**
		 * The meta object literal for the '<em><b>Decisions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEETING__DECISIONS = eINSTANCE.getMeeting_Decisions();

		/**
		 * The meta object literal for the '{@link org.helix.model.governance.impl.DecisionImpl <em>Decision</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.model.governance.impl.DecisionImpl
		 * @see org.helix.model.governance.impl.GovernancePackageImpl#getDecision()
		 * @generated
		 */
		EClass DECISION = eINSTANCE.getDecision();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DECISION__TEXT = eINSTANCE.getDecision_Text();

		/**
		 * The meta object literal for the '<em><b>Consensus</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DECISION__CONSENSUS = eINSTANCE.getDecision_Consensus();

		/**
		 * The meta object literal for the '{@link org.helix.model.governance.impl.RulesOfProcedureImpl <em>Rules Of Procedure</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.model.governance.impl.RulesOfProcedureImpl
		 * @see org.helix.model.governance.impl.GovernancePackageImpl#getRulesOfProcedure()
		 * @generated
		 */
		EClass RULES_OF_PROCEDURE = eINSTANCE.getRulesOfProcedure();

		/**
		 * The meta object literal for the '<em><b>Adopted</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RULES_OF_PROCEDURE__ADOPTED = eINSTANCE.getRulesOfProcedure_Adopted();

		/**
		 * The meta object literal for the '<em><b>Decision Rule</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RULES_OF_PROCEDURE__DECISION_RULE = eINSTANCE.getRulesOfProcedure_DecisionRule();

		/**
		 * The meta object literal for the '<em><b>Diverging Positions Allowed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RULES_OF_PROCEDURE__DIVERGING_POSITIONS_ALLOWED = eINSTANCE.getRulesOfProcedure_DivergingPositionsAllowed();

		/**
		 * The meta object literal for the '<em><b>Veto Right</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RULES_OF_PROCEDURE__VETO_RIGHT = eINSTANCE.getRulesOfProcedure_VetoRight();

		/**
		 * The meta object literal for the '<em><b>No Consensus Handling</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RULES_OF_PROCEDURE__NO_CONSENSUS_HANDLING = eINSTANCE.getRulesOfProcedure_NoConsensusHandling();

		/**
		 * The meta object literal for the '<em><b>Formal Feedback Required</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RULES_OF_PROCEDURE__FORMAL_FEEDBACK_REQUIRED = eINSTANCE.getRulesOfProcedure_FormalFeedbackRequired();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RULES_OF_PROCEDURE__TEXT = eINSTANCE.getRulesOfProcedure_Text();

		/**
		 * The meta object literal for the '{@link org.helix.model.governance.impl.StakeholderInputImpl <em>Stakeholder Input</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.model.governance.impl.StakeholderInputImpl
		 * @see org.helix.model.governance.impl.GovernancePackageImpl#getStakeholderInput()
		 * @generated
		 */
		EClass STAKEHOLDER_INPUT = eINSTANCE.getStakeholderInput();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAKEHOLDER_INPUT__KIND = eINSTANCE.getStakeholderInput_Kind();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAKEHOLDER_INPUT__STATUS = eINSTANCE.getStakeholderInput_Status();

		/**
		 * The meta object literal for the '<em><b>Request Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAKEHOLDER_INPUT__REQUEST_DATE = eINSTANCE.getStakeholderInput_RequestDate();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAKEHOLDER_INPUT__DATE = eINSTANCE.getStakeholderInput_Date();

		/**
		 * The meta object literal for the '<em><b>Subject</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAKEHOLDER_INPUT__SUBJECT = eINSTANCE.getStakeholderInput_Subject();

		/**
		 * The meta object literal for the '<em><b>Submitted By</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STAKEHOLDER_INPUT__SUBMITTED_BY = eINSTANCE.getStakeholderInput_SubmittedBy();

		/**
		 * The meta object literal for the '<em><b>Issuing Body</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STAKEHOLDER_INPUT__ISSUING_BODY = eINSTANCE.getStakeholderInput_IssuingBody();

		/**
		 * The meta object literal for the '<em><b>Prepared By</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STAKEHOLDER_INPUT__PREPARED_BY = eINSTANCE.getStakeholderInput_PreparedBy();

		/**
		 * The meta object literal for the '<em><b>Addressees</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STAKEHOLDER_INPUT__ADDRESSEES = eINSTANCE.getStakeholderInput_Addressees();

		/**
		 * The meta object literal for the '<em><b>Addressed Body</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STAKEHOLDER_INPUT__ADDRESSED_BODY = eINSTANCE.getStakeholderInput_AddressedBody();

		/**
		 * The meta object literal for the '<em><b>Document</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STAKEHOLDER_INPUT__DOCUMENT = eINSTANCE.getStakeholderInput_Document();

		/**
		 * The meta object literal for the '<em><b>Responses</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STAKEHOLDER_INPUT__RESPONSES = eINSTANCE.getStakeholderInput_Responses();

		/**
		 * The meta object literal for the '{@link org.helix.model.governance.impl.FormalResponseImpl <em>Formal Response</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.model.governance.impl.FormalResponseImpl
		 * @see org.helix.model.governance.impl.GovernancePackageImpl#getFormalResponse()
		 * @generated
		 */
		EClass FORMAL_RESPONSE = eINSTANCE.getFormalResponse();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FORMAL_RESPONSE__DATE = eINSTANCE.getFormalResponse_Date();

		/**
		 * The meta object literal for the '<em><b>Appreciation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FORMAL_RESPONSE__APPRECIATION = eINSTANCE.getFormalResponse_Appreciation();

		/**
		 * The meta object literal for the '<em><b>Policy Follow Up</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FORMAL_RESPONSE__POLICY_FOLLOW_UP = eINSTANCE.getFormalResponse_PolicyFollowUp();

		/**
		 * The meta object literal for the '<em><b>Responding Body</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FORMAL_RESPONSE__RESPONDING_BODY = eINSTANCE.getFormalResponse_RespondingBody();

		/**
		 * The meta object literal for the '<em><b>Respondent</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FORMAL_RESPONSE__RESPONDENT = eINSTANCE.getFormalResponse_Respondent();

		/**
		 * The meta object literal for the '{@link org.helix.model.governance.BodyKind <em>Body Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.model.governance.BodyKind
		 * @see org.helix.model.governance.impl.GovernancePackageImpl#getBodyKind()
		 * @generated
		 */
		EEnum BODY_KIND = eINSTANCE.getBodyKind();

		/**
		 * The meta object literal for the '{@link org.helix.model.governance.BodyStatus <em>Body Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.model.governance.BodyStatus
		 * @see org.helix.model.governance.impl.GovernancePackageImpl#getBodyStatus()
		 * @generated
		 */
		EEnum BODY_STATUS = eINSTANCE.getBodyStatus();

		/**
		 * The meta object literal for the '{@link org.helix.model.governance.MeetingCadence <em>Meeting Cadence</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.model.governance.MeetingCadence
		 * @see org.helix.model.governance.impl.GovernancePackageImpl#getMeetingCadence()
		 * @generated
		 */
		EEnum MEETING_CADENCE = eINSTANCE.getMeetingCadence();

		/**
		 * The meta object literal for the '{@link org.helix.model.governance.MembershipRole <em>Membership Role</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.model.governance.MembershipRole
		 * @see org.helix.model.governance.impl.GovernancePackageImpl#getMembershipRole()
		 * @generated
		 */
		EEnum MEMBERSHIP_ROLE = eINSTANCE.getMembershipRole();

		/**
		 * The meta object literal for the '{@link org.helix.model.governance.ReportingKind <em>Reporting Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.model.governance.ReportingKind
		 * @see org.helix.model.governance.impl.GovernancePackageImpl#getReportingKind()
		 * @generated
		 */
		EEnum REPORTING_KIND = eINSTANCE.getReportingKind();

		/**
		 * The meta object literal for the '{@link org.helix.model.governance.MeetingKind <em>Meeting Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.model.governance.MeetingKind
		 * @see org.helix.model.governance.impl.GovernancePackageImpl#getMeetingKind()
		 * @generated
		 */
		EEnum MEETING_KIND = eINSTANCE.getMeetingKind();

		/**
		 * The meta object literal for the '{@link org.helix.model.governance.DecisionRule <em>Decision Rule</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.model.governance.DecisionRule
		 * @see org.helix.model.governance.impl.GovernancePackageImpl#getDecisionRule()
		 * @generated
		 */
		EEnum DECISION_RULE = eINSTANCE.getDecisionRule();

		/**
		 * The meta object literal for the '{@link org.helix.model.governance.InputKind <em>Input Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.model.governance.InputKind
		 * @see org.helix.model.governance.impl.GovernancePackageImpl#getInputKind()
		 * @generated
		 */
		EEnum INPUT_KIND = eINSTANCE.getInputKind();

		/**
		 * The meta object literal for the '{@link org.helix.model.governance.InputStatus <em>Input Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.model.governance.InputStatus
		 * @see org.helix.model.governance.impl.GovernancePackageImpl#getInputStatus()
		 * @generated
		 */
		EEnum INPUT_STATUS = eINSTANCE.getInputStatus();

	}

} //GovernancePackage
