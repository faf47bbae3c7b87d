/**
 * Helix
 */
package org.helix.model.programme.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.EObjectWithInverseResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.helix.model.core.impl.NamedElementImpl;

import org.helix.model.ecosystem.Actor;

import org.helix.model.governance.StakeholderInput;

import org.helix.model.programme.Dimension;
import org.helix.model.programme.PriorityAction;
import org.helix.model.programme.ProgrammePackage;
import org.helix.model.programme.Recommendation;
import org.helix.model.programme.Theme;
import org.helix.model.programme.Uptake;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Recommendation</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.helix.model.programme.impl.RecommendationImpl#getCode <em>Code</em>}</li>
 *   <li>{@link org.helix.model.programme.impl.RecommendationImpl#getText <em>Text</em>}</li>
 *   <li>{@link org.helix.model.programme.impl.RecommendationImpl#getUptake <em>Uptake</em>}</li>
 *   <li>{@link org.helix.model.programme.impl.RecommendationImpl#getUptakeText <em>Uptake Text</em>}</li>
 *   <li>{@link org.helix.model.programme.impl.RecommendationImpl#getInGovernmentAgreement <em>In Government Agreement</em>}</li>
 *   <li>{@link org.helix.model.programme.impl.RecommendationImpl#getDimension <em>Dimension</em>}</li>
 *   <li>{@link org.helix.model.programme.impl.RecommendationImpl#getTheme <em>Theme</em>}</li>
 *   <li>{@link org.helix.model.programme.impl.RecommendationImpl#getAddressees <em>Addressees</em>}</li>
 *   <li>{@link org.helix.model.programme.impl.RecommendationImpl#getOrigin <em>Origin</em>}</li>
 *   <li>{@link org.helix.model.programme.impl.RecommendationImpl#getActions <em>Actions</em>}</li>
 *   <li>{@link org.helix.model.programme.impl.RecommendationImpl#getSubRecommendations <em>Sub Recommendations</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RecommendationImpl extends NamedElementImpl implements Recommendation {
	/**
	 * The default value of the '{@link #getCode() <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCode()
	 * @generated
	 * @ordered
	 */
	protected static final String CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCode() <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCode()
	 * @generated
	 * @ordered
	 */
	protected String code = CODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected static final String TEXT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected String text = TEXT_EDEFAULT;

	/**
	 * The default value of the '{@link #getUptake() <em>Uptake</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUptake()
	 * @generated
	 * @ordered
	 */
	protected static final Uptake UPTAKE_EDEFAULT = Uptake.UNSPECIFIED;

	/**
	 * The cached value of the '{@link #getUptake() <em>Uptake</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUptake()
	 * @generated
	 * @ordered
	 */
	protected Uptake uptake = UPTAKE_EDEFAULT;

	/**
	 * The default value of the '{@link #getUptakeText() <em>Uptake Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUptakeText()
	 * @generated
	 * @ordered
	 */
	protected static final String UPTAKE_TEXT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUptakeText() <em>Uptake Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUptakeText()
	 * @generated
	 * @ordered
	 */
	protected String uptakeText = UPTAKE_TEXT_EDEFAULT;

	/**
	 * The default value of the '{@link #getInGovernmentAgreement() <em>In Government Agreement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInGovernmentAgreement()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean IN_GOVERNMENT_AGREEMENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getInGovernmentAgreement() <em>In Government Agreement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInGovernmentAgreement()
	 * @generated
	 * @ordered
	 */
	protected Boolean inGovernmentAgreement = IN_GOVERNMENT_AGREEMENT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getDimension() <em>Dimension</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDimension()
	 * @generated
	 * @ordered
	 */
	protected Dimension dimension;

	/**
	 * The cached value of the '{@link #getTheme() <em>Theme</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTheme()
	 * @generated
	 * @ordered
	 */
	protected Theme theme;

	/**
	 * The cached value of the '{@link #getAddressees() <em>Addressees</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddressees()
	 * @generated
	 * @ordered
	 */
	protected EList<Actor> addressees;

	/**
	 * The cached value of the '{@link #getOrigin() <em>Origin</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrigin()
	 * @generated
	 * @ordered
	 */
	protected StakeholderInput origin;

	/**
	 * The cached value of the '{@link #getActions() <em>Actions</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActions()
	 * @generated
	 * @ordered
	 */
	protected EList<PriorityAction> actions;

	/**
	 * The cached value of the '{@link #getSubRecommendations() <em>Sub Recommendations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubRecommendations()
	 * @generated
	 * @ordered
	 */
	protected EList<Recommendation> subRecommendations;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RecommendationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ProgrammePackage.Literals.RECOMMENDATION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCode() {
		return code;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCode(String newCode) {
		String oldCode = code;
		code = newCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProgrammePackage.RECOMMENDATION__CODE, oldCode, code));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText() {
		return text;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setText(String newText) {
		String oldText = text;
		text = newText;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProgrammePackage.RECOMMENDATION__TEXT, oldText, text));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Uptake getUptake() {
		return uptake;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUptake(Uptake newUptake) {
		Uptake oldUptake = uptake;
		uptake = newUptake == null ? UPTAKE_EDEFAULT : newUptake;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProgrammePackage.RECOMMENDATION__UPTAKE, oldUptake, uptake));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUptakeText() {
		return uptakeText;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUptakeText(String newUptakeText) {
		String oldUptakeText = uptakeText;
		uptakeText = newUptakeText;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProgrammePackage.RECOMMENDATION__UPTAKE_TEXT, oldUptakeText, uptakeText));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getInGovernmentAgreement() {
		return inGovernmentAgreement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInGovernmentAgreement(Boolean newInGovernmentAgreement) {
		Boolean oldInGovernmentAgreement = inGovernmentAgreement;
		inGovernmentAgreement = newInGovernmentAgreement;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProgrammePackage.RECOMMENDATION__IN_GOVERNMENT_AGREEMENT, oldInGovernmentAgreement, inGovernmentAgreement));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Dimension getDimension() {
		if (dimension != null && dimension.eIsProxy()) {
			InternalEObject oldDimension = (InternalEObject)dimension;
			dimension = (Dimension)eResolveProxy(oldDimension);
			if (dimension != oldDimension) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ProgrammePackage.RECOMMENDATION__DIMENSION, oldDimension, dimension));
			}
		}
		return dimension;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Dimension basicGetDimension() {
		return dimension;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDimension(Dimension newDimension) {
		Dimension oldDimension = dimension;
		dimension = newDimension;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProgrammePackage.RECOMMENDATION__DIMENSION, oldDimension, dimension));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Theme getTheme() {
		if (theme != null && theme.eIsProxy()) {
			InternalEObject oldTheme = (InternalEObject)theme;
			theme = (Theme)eResolveProxy(oldTheme);
			if (theme != oldTheme) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ProgrammePackage.RECOMMENDATION__THEME, oldTheme, theme));
			}
		}
		return theme;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Theme basicGetTheme() {
		return theme;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTheme(Theme newTheme) {
		Theme oldTheme = theme;
		theme = newTheme;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProgrammePackage.RECOMMENDATION__THEME, oldTheme, theme));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Actor> getAddressees() {
		if (addressees == null) {
			addressees = new EObjectResolvingEList<Actor>(Actor.class, this, ProgrammePackage.RECOMMENDATION__ADDRESSEES);
		}
		return addressees;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StakeholderInput getOrigin() {
		if (origin != null && origin.eIsProxy()) {
			InternalEObject oldOrigin = (InternalEObject)origin;
			origin = (StakeholderInput)eResolveProxy(oldOrigin);
			if (origin != oldOrigin) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ProgrammePackage.RECOMMENDATION__ORIGIN, oldOrigin, origin));
			}
		}
		return origin;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public StakeholderInput basicGetOrigin() {
		return origin;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOrigin(StakeholderInput newOrigin) {
		StakeholderInput oldOrigin = origin;
		origin = newOrigin;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProgrammePackage.RECOMMENDATION__ORIGIN, oldOrigin, origin));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PriorityAction> getActions() {
		if (actions == null) {
			actions = new EObjectWithInverseResolvingEList.ManyInverse<PriorityAction>(PriorityAction.class, this, ProgrammePackage.RECOMMENDATION__ACTIONS, ProgrammePackage.PRIORITY_ACTION__RECOMMENDATIONS);
		}
		return actions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Recommendation> getSubRecommendations() {
		if (subRecommendations == null) {
			subRecommendations = new EObjectContainmentEList<Recommendation>(Recommendation.class, this, ProgrammePackage.RECOMMENDATION__SUB_RECOMMENDATIONS);
		}
		return subRecommendations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ProgrammePackage.RECOMMENDATION__ACTIONS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getActions()).basicAdd(otherEnd, msgs);
		}
		return super.eInverseAdd(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ProgrammePackage.RECOMMENDATION__ACTIONS:
				return ((InternalEList<?>)getActions()).basicRemove(otherEnd, msgs);
			case ProgrammePackage.RECOMMENDATION__SUB_RECOMMENDATIONS:
				return ((InternalEList<?>)getSubRecommendations()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ProgrammePackage.RECOMMENDATION__CODE:
				return getCode();
			case ProgrammePackage.RECOMMENDATION__TEXT:
				return getText();
			case ProgrammePackage.RECOMMENDATION__UPTAKE:
				return getUptake();
			case ProgrammePackage.RECOMMENDATION__UPTAKE_TEXT:
				return getUptakeText();
			case ProgrammePackage.RECOMMENDATION__IN_GOVERNMENT_AGREEMENT:
				return getInGovernmentAgreement();
			case ProgrammePackage.RECOMMENDATION__DIMENSION:
				if (resolve) return getDimension();
				return basicGetDimension();
			case ProgrammePackage.RECOMMENDATION__THEME:
				if (resolve) return getTheme();
				return basicGetTheme();
			case ProgrammePackage.RECOMMENDATION__ADDRESSEES:
				return getAddressees();
			case ProgrammePackage.RECOMMENDATION__ORIGIN:
				if (resolve) return getOrigin();
				return basicGetOrigin();
			case ProgrammePackage.RECOMMENDATION__ACTIONS:
				return getActions();
			case ProgrammePackage.RECOMMENDATION__SUB_RECOMMENDATIONS:
				return getSubRecommendations();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ProgrammePackage.RECOMMENDATION__CODE:
				setCode((String)newValue);
				return;
			case ProgrammePackage.RECOMMENDATION__TEXT:
				setText((String)newValue);
				return;
			case ProgrammePackage.RECOMMENDATION__UPTAKE:
				setUptake((Uptake)newValue);
				return;
			case ProgrammePackage.RECOMMENDATION__UPTAKE_TEXT:
				setUptakeText((String)newValue);
				return;
			case ProgrammePackage.RECOMMENDATION__IN_GOVERNMENT_AGREEMENT:
				setInGovernmentAgreement((Boolean)newValue);
				return;
			case ProgrammePackage.RECOMMENDATION__DIMENSION:
				setDimension((Dimension)newValue);
				return;
			case ProgrammePackage.RECOMMENDATION__THEME:
				setTheme((Theme)newValue);
				return;
			case ProgrammePackage.RECOMMENDATION__ADDRESSEES:
				getAddressees().clear();
				getAddressees().addAll((Collection<? extends Actor>)newValue);
				return;
			case ProgrammePackage.RECOMMENDATION__ORIGIN:
				setOrigin((StakeholderInput)newValue);
				return;
			case ProgrammePackage.RECOMMENDATION__ACTIONS:
				getActions().clear();
				getActions().addAll((Collection<? extends PriorityAction>)newValue);
				return;
			case ProgrammePackage.RECOMMENDATION__SUB_RECOMMENDATIONS:
				getSubRecommendations().clear();
				getSubRecommendations().addAll((Collection<? extends Recommendation>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case ProgrammePackage.RECOMMENDATION__CODE:
				setCode(CODE_EDEFAULT);
				return;
			case ProgrammePackage.RECOMMENDATION__TEXT:
				setText(TEXT_EDEFAULT);
				return;
			case ProgrammePackage.RECOMMENDATION__UPTAKE:
				setUptake(UPTAKE_EDEFAULT);
				return;
			case ProgrammePackage.RECOMMENDATION__UPTAKE_TEXT:
				setUptakeText(UPTAKE_TEXT_EDEFAULT);
				return;
			case ProgrammePackage.RECOMMENDATION__IN_GOVERNMENT_AGREEMENT:
				setInGovernmentAgreement(IN_GOVERNMENT_AGREEMENT_EDEFAULT);
				return;
			case ProgrammePackage.RECOMMENDATION__DIMENSION:
				setDimension((Dimension)null);
				return;
			case ProgrammePackage.RECOMMENDATION__THEME:
				setTheme((Theme)null);
				return;
			case ProgrammePackage.RECOMMENDATION__ADDRESSEES:
				getAddressees().clear();
				return;
			case ProgrammePackage.RECOMMENDATION__ORIGIN:
				setOrigin((StakeholderInput)null);
				return;
			case ProgrammePackage.RECOMMENDATION__ACTIONS:
				getActions().clear();
				return;
			case ProgrammePackage.RECOMMENDATION__SUB_RECOMMENDATIONS:
				getSubRecommendations().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case ProgrammePackage.RECOMMENDATION__CODE:
				return CODE_EDEFAULT == null ? code != null : !CODE_EDEFAULT.equals(code);
			case ProgrammePackage.RECOMMENDATION__TEXT:
				return TEXT_EDEFAULT == null ? text != null : !TEXT_EDEFAULT.equals(text);
			case ProgrammePackage.RECOMMENDATION__UPTAKE:
				return uptake != UPTAKE_EDEFAULT;
			case ProgrammePackage.RECOMMENDATION__UPTAKE_TEXT:
				return UPTAKE_TEXT_EDEFAULT == null ? uptakeText != null : !UPTAKE_TEXT_EDEFAULT.equals(uptakeText);
			case ProgrammePackage.RECOMMENDATION__IN_GOVERNMENT_AGREEMENT:
				return IN_GOVERNMENT_AGREEMENT_EDEFAULT == null ? inGovernmentAgreement != null : !IN_GOVERNMENT_AGREEMENT_EDEFAULT.equals(inGovernmentAgreement);
			case ProgrammePackage.RECOMMENDATION__DIMENSION:
				return dimension != null;
			case ProgrammePackage.RECOMMENDATION__THEME:
				return theme != null;
			case ProgrammePackage.RECOMMENDATION__ADDRESSEES:
				return addressees != null && !addressees.isEmpty();
			case ProgrammePackage.RECOMMENDATION__ORIGIN:
				return origin != null;
			case ProgrammePackage.RECOMMENDATION__ACTIONS:
				return actions != null && !actions.isEmpty();
			case ProgrammePackage.RECOMMENDATION__SUB_RECOMMENDATIONS:
				return subRecommendations != null && !subRecommendations.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (code: ");
		result.append(code);
		result.append(", text: ");
		result.append(text);
		result.append(", uptake: ");
		result.append(uptake);
		result.append(", uptakeText: ");
		result.append(uptakeText);
		result.append(", inGovernmentAgreement: ");
		result.append(inGovernmentAgreement);
		result.append(')');
		return result.toString();
	}

} //RecommendationImpl
