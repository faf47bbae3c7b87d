/**
 * Helix
 */
package org.helix.model.governance.util;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

import org.helix.model.core.HelixElement;
import org.helix.model.core.Identifiable;
import org.helix.model.core.NamedElement;

import org.helix.model.governance.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see org.helix.model.governance.GovernancePackage
 * @generated
 */
public class GovernanceAdapterFactory extends AdapterFactoryImpl {
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static GovernancePackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public GovernanceAdapterFactory() {
		if (modelPackage == null) {
			modelPackage = GovernancePackage.eINSTANCE;
		}
	}

	/**
	 * Returns whether this factory is applicable for the type of the object.
	 * <!-- begin-user-doc -->
	 * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
	 * <!-- end-user-doc -->
	 * @return whether this factory is applicable for the type of the object.
	 * @generated
	 */
	@Override
	public boolean isFactoryForType(Object object) {
		if (object == modelPackage) {
			return true;
		}
		if (object instanceof EObject) {
			return ((EObject)object).eClass().getEPackage() == modelPackage;
		}
		return false;
	}

	/**
	 * The switch that delegates to the <code>createXXX</code> methods.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected GovernanceSwitch<Adapter> modelSwitch =
		new GovernanceSwitch<Adapter>() {
			@Override
			public Adapter caseGovernanceBody(GovernanceBody object) {
				return createGovernanceBodyAdapter();
			}
			@Override
			public Adapter casePermanentCouncil(PermanentCouncil object) {
				return createPermanentCouncilAdapter();
			}
			@Override
			public Adapter caseSoundingBoard(SoundingBoard object) {
				return createSoundingBoardAdapter();
			}
			@Override
			public Adapter caseWorkingGroup(WorkingGroup object) {
				return createWorkingGroupAdapter();
			}
			@Override
			public Adapter caseMembership(Membership object) {
				return createMembershipAdapter();
			}
			@Override
			public Adapter caseReportingLine(ReportingLine object) {
				return createReportingLineAdapter();
			}
			@Override
			public Adapter caseMeeting(Meeting object) {
				return createMeetingAdapter();
			}
			@Override
			public Adapter caseDecision(Decision object) {
				return createDecisionAdapter();
			}
			@Override
			public Adapter caseRulesOfProcedure(RulesOfProcedure object) {
				return createRulesOfProcedureAdapter();
			}
			@Override
			public Adapter caseStakeholderInput(StakeholderInput object) {
				return createStakeholderInputAdapter();
			}
			@Override
			public Adapter caseFormalResponse(FormalResponse object) {
				return createFormalResponseAdapter();
			}
			@Override
			public Adapter caseIdentifiable(Identifiable object) {
				return createIdentifiableAdapter();
			}
			@Override
			public Adapter caseHelixElement(HelixElement object) {
				return createHelixElementAdapter();
			}
			@Override
			public Adapter caseNamedElement(NamedElement object) {
				return createNamedElementAdapter();
			}
			@Override
			public Adapter defaultCase(EObject object) {
				return createEObjectAdapter();
			}
		};

	/**
	 * Creates an adapter for the <code>target</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param target the object to adapt.
	 * @return the adapter for the <code>target</code>.
	 * @generated
	 */
	@Override
	public Adapter createAdapter(Notifier target) {
		return modelSwitch.doSwitch((EObject)target);
	}


	/**
	 * Creates a new adapter for an object of class '{@link org.helix.model.governance.GovernanceBody <em>Body</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.helix.model.governance.GovernanceBody
	 * @generated
	 */
	public Adapter createGovernanceBodyAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.helix.model.governance.PermanentCouncil <em>Permanent Council</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.helix.model.governance.PermanentCouncil
	 * @generated
	 */
	public Adapter createPermanentCouncilAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.helix.model.governance.SoundingBoard <em>Sounding Board</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.helix.model.governance.SoundingBoard
	 * @generated
	 */
	public Adapter createSoundingBoardAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.helix.model.governance.WorkingGroup <em>Working Group</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.helix.model.governance.WorkingGroup
	 * @generated
	 */
	public Adapter createWorkingGroupAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.helix.model.governance.Membership <em>Membership</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.helix.model.governance.Membership
	 * @generated
	 */
	public Adapter createMembershipAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.helix.model.governance.ReportingLine <em>Reporting Line</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.helix.model.governance.ReportingLine
	 * @generated
	 */
	public Adapter createReportingLineAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.helix.model.governance.Meeting <em>Meeting</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.helix.model.governance.Meeting
	 * @generated
	 */
	public Adapter createMeetingAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.helix.model.governance.Decision <em>Decision</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.helix.model.governance.Decision
	 * @generated
	 */
	public Adapter createDecisionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.helix.model.governance.RulesOfProcedure <em>Rules Of Procedure</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.helix.model.governance.RulesOfProcedure
	 * @generated
	 */
	public Adapter createRulesOfProcedureAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.helix.model.governance.StakeholderInput <em>Stakeholder Input</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.helix.model.governance.StakeholderInput
	 * @generated
	 */
	public Adapter createStakeholderInputAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.helix.model.governance.FormalResponse <em>Formal Response</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.helix.model.governance.FormalResponse
	 * @generated
	 */
	public Adapter createFormalResponseAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.helix.model.core.Identifiable <em>Identifiable</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.helix.model.core.Identifiable
	 * @generated
	 */
	public Adapter createIdentifiableAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.helix.model.core.HelixElement <em>Helix Element</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.helix.model.core.HelixElement
	 * @generated
	 */
	public Adapter createHelixElementAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.helix.model.core.NamedElement <em>Named Element</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.helix.model.core.NamedElement
	 * @generated
	 */
	public Adapter createNamedElementAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for the default case.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @generated
	 */
	public Adapter createEObjectAdapter() {
		return null;
	}

} //GovernanceAdapterFactory
