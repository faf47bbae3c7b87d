/**
 * Helix
 */
package org.helix.diagram.model.description.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.helix.diagram.model.description.DescriptionPackage;
import org.helix.diagram.model.description.DiagramDescription;
import org.helix.diagram.model.description.Filter;
import org.helix.diagram.model.description.Layer;
import org.helix.diagram.model.description.LayoutKind;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Diagram Description</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.helix.diagram.model.description.impl.DiagramDescriptionImpl#getDomainClass <em>Domain Class</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.impl.DiagramDescriptionImpl#getRootExpression <em>Root Expression</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.impl.DiagramDescriptionImpl#getTitleExpression <em>Title Expression</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.impl.DiagramDescriptionImpl#isSynchronized <em>Synchronized</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.impl.DiagramDescriptionImpl#getLayout <em>Layout</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.impl.DiagramDescriptionImpl#getLayoutTopExpression <em>Layout Top Expression</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.impl.DiagramDescriptionImpl#getLayers <em>Layers</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.impl.DiagramDescriptionImpl#getFilters <em>Filters</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DiagramDescriptionImpl extends IdentifiedElementImpl implements DiagramDescription {
	/**
	 * The default value of the '{@link #getDomainClass() <em>Domain Class</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDomainClass()
	 * @generated
	 * @ordered
	 */
	protected static final String DOMAIN_CLASS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDomainClass() <em>Domain Class</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDomainClass()
	 * @generated
	 * @ordered
	 */
	protected String domainClass = DOMAIN_CLASS_EDEFAULT;

	/**
	 * The default value of the '{@link #getRootExpression() <em>Root Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRootExpression()
	 * @generated
	 * @ordered
	 */
	protected static final String ROOT_EXPRESSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRootExpression() <em>Root Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRootExpression()
	 * @generated
	 * @ordered
	 */
	protected String rootExpression = ROOT_EXPRESSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getTitleExpression() <em>Title Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitleExpression()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EXPRESSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitleExpression() <em>Title Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitleExpression()
	 * @generated
	 * @ordered
	 */
	protected String titleExpression = TITLE_EXPRESSION_EDEFAULT;

	/**
	 * The default value of the '{@link #isSynchronized() <em>Synchronized</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSynchronized()
	 * @generated
	 * @ordered
	 */
	protected static final boolean SYNCHRONIZED_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isSynchronized() <em>Synchronized</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSynchronized()
	 * @generated
	 * @ordered
	 */
	protected boolean synchronized_ = SYNCHRONIZED_EDEFAULT;

	/**
	 * The default value of the '{@link #getLayout() <em>Layout</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLayout()
	 * @generated
	 * @ordered
	 */
	protected static final LayoutKind LAYOUT_EDEFAULT = LayoutKind.LAYERED;

	/**
	 * The cached value of the '{@link #getLayout() <em>Layout</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLayout()
	 * @generated
	 * @ordered
	 */
	protected LayoutKind layout = LAYOUT_EDEFAULT;

	/**
	 * The default value of the '{@link #getLayoutTopExpression() <em>Layout Top Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLayoutTopExpression()
	 * @generated
	 * @ordered
	 */
	protected static final String LAYOUT_TOP_EXPRESSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLayoutTopExpression() <em>Layout Top Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLayoutTopExpression()
	 * @generated
	 * @ordered
	 */
	protected String layoutTopExpression = LAYOUT_TOP_EXPRESSION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getLayers() <em>Layers</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLayers()
	 * @generated
	 * @ordered
	 */
	protected EList<Layer> layers;

	/**
	 * The cached value of the '{@link #getFilters() <em>Filters</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFilters()
	 * @generated
	 * @ordered
	 */
	protected EList<Filter> filters;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DiagramDescriptionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DescriptionPackage.Literals.DIAGRAM_DESCRIPTION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDomainClass() {
		return domainClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDomainClass(String newDomainClass) {
		String oldDomainClass = domainClass;
		domainClass = newDomainClass;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.DIAGRAM_DESCRIPTION__DOMAIN_CLASS, oldDomainClass, domainClass));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRootExpression() {
		return rootExpression;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRootExpression(String newRootExpression) {
		String oldRootExpression = rootExpression;
		rootExpression = newRootExpression;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.DIAGRAM_DESCRIPTION__ROOT_EXPRESSION, oldRootExpression, rootExpression));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitleExpression() {
		return titleExpression;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitleExpression(String newTitleExpression) {
		String oldTitleExpression = titleExpression;
		titleExpression = newTitleExpression;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.DIAGRAM_DESCRIPTION__TITLE_EXPRESSION, oldTitleExpression, titleExpression));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSynchronized() {
		return synchronized_;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSynchronized(boolean newSynchronized) {
		boolean oldSynchronized = synchronized_;
		synchronized_ = newSynchronized;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.DIAGRAM_DESCRIPTION__SYNCHRONIZED, oldSynchronized, synchronized_));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LayoutKind getLayout() {
		return layout;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLayout(LayoutKind newLayout) {
		LayoutKind oldLayout = layout;
		layout = newLayout == null ? LAYOUT_EDEFAULT : newLayout;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.DIAGRAM_DESCRIPTION__LAYOUT, oldLayout, layout));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLayoutTopExpression() {
		return layoutTopExpression;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLayoutTopExpression(String newLayoutTopExpression) {
		String oldLayoutTopExpression = layoutTopExpression;
		layoutTopExpression = newLayoutTopExpression;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.DIAGRAM_DESCRIPTION__LAYOUT_TOP_EXPRESSION, oldLayoutTopExpression, layoutTopExpression));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Layer> getLayers() {
		if (layers == null) {
			layers = new EObjectContainmentEList<Layer>(Layer.class, this, DescriptionPackage.DIAGRAM_DESCRIPTION__LAYERS);
		}
		return layers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Filter> getFilters() {
		if (filters == null) {
			filters = new EObjectContainmentEList<Filter>(Filter.class, this, DescriptionPackage.DIAGRAM_DESCRIPTION__FILTERS);
		}
		return filters;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case DescriptionPackage.DIAGRAM_DESCRIPTION__LAYERS:
				return ((InternalEList<?>)getLayers()).basicRemove(otherEnd, msgs);
			case DescriptionPackage.DIAGRAM_DESCRIPTION__FILTERS:
				return ((InternalEList<?>)getFilters()).basicRemove(otherEnd, msgs);
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
			case DescriptionPackage.DIAGRAM_DESCRIPTION__DOMAIN_CLASS:
				return getDomainClass();
			case DescriptionPackage.DIAGRAM_DESCRIPTION__ROOT_EXPRESSION:
				return getRootExpression();
			case DescriptionPackage.DIAGRAM_DESCRIPTION__TITLE_EXPRESSION:
				return getTitleExpression();
			case DescriptionPackage.DIAGRAM_DESCRIPTION__SYNCHRONIZED:
				return isSynchronized();
			case DescriptionPackage.DIAGRAM_DESCRIPTION__LAYOUT:
				return getLayout();
			case DescriptionPackage.DIAGRAM_DESCRIPTION__LAYOUT_TOP_EXPRESSION:
				return getLayoutTopExpression();
			case DescriptionPackage.DIAGRAM_DESCRIPTION__LAYERS:
				return getLayers();
			case DescriptionPackage.DIAGRAM_DESCRIPTION__FILTERS:
				return getFilters();
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
			case DescriptionPackage.DIAGRAM_DESCRIPTION__DOMAIN_CLASS:
				setDomainClass((String)newValue);
				return;
			case DescriptionPackage.DIAGRAM_DESCRIPTION__ROOT_EXPRESSION:
				setRootExpression((String)newValue);
				return;
			case DescriptionPackage.DIAGRAM_DESCRIPTION__TITLE_EXPRESSION:
				setTitleExpression((String)newValue);
				return;
			case DescriptionPackage.DIAGRAM_DESCRIPTION__SYNCHRONIZED:
				setSynchronized((Boolean)newValue);
				return;
			case DescriptionPackage.DIAGRAM_DESCRIPTION__LAYOUT:
				setLayout((LayoutKind)newValue);
				return;
			case DescriptionPackage.DIAGRAM_DESCRIPTION__LAYOUT_TOP_EXPRESSION:
				setLayoutTopExpression((String)newValue);
				return;
			case DescriptionPackage.DIAGRAM_DESCRIPTION__LAYERS:
				getLayers().clear();
				getLayers().addAll((Collection<? extends Layer>)newValue);
				return;
			case DescriptionPackage.DIAGRAM_DESCRIPTION__FILTERS:
				getFilters().clear();
				getFilters().addAll((Collection<? extends Filter>)newValue);
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
			case DescriptionPackage.DIAGRAM_DESCRIPTION__DOMAIN_CLASS:
				setDomainClass(DOMAIN_CLASS_EDEFAULT);
				return;
			case DescriptionPackage.DIAGRAM_DESCRIPTION__ROOT_EXPRESSION:
				setRootExpression(ROOT_EXPRESSION_EDEFAULT);
				return;
			case DescriptionPackage.DIAGRAM_DESCRIPTION__TITLE_EXPRESSION:
				setTitleExpression(TITLE_EXPRESSION_EDEFAULT);
				return;
			case DescriptionPackage.DIAGRAM_DESCRIPTION__SYNCHRONIZED:
				setSynchronized(SYNCHRONIZED_EDEFAULT);
				return;
			case DescriptionPackage.DIAGRAM_DESCRIPTION__LAYOUT:
				setLayout(LAYOUT_EDEFAULT);
				return;
			case DescriptionPackage.DIAGRAM_DESCRIPTION__LAYOUT_TOP_EXPRESSION:
				setLayoutTopExpression(LAYOUT_TOP_EXPRESSION_EDEFAULT);
				return;
			case DescriptionPackage.DIAGRAM_DESCRIPTION__LAYERS:
				getLayers().clear();
				return;
			case DescriptionPackage.DIAGRAM_DESCRIPTION__FILTERS:
				getFilters().clear();
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
			case DescriptionPackage.DIAGRAM_DESCRIPTION__DOMAIN_CLASS:
				return DOMAIN_CLASS_EDEFAULT == null ? domainClass != null : !DOMAIN_CLASS_EDEFAULT.equals(domainClass);
			case DescriptionPackage.DIAGRAM_DESCRIPTION__ROOT_EXPRESSION:
				return ROOT_EXPRESSION_EDEFAULT == null ? rootExpression != null : !ROOT_EXPRESSION_EDEFAULT.equals(rootExpression);
			case DescriptionPackage.DIAGRAM_DESCRIPTION__TITLE_EXPRESSION:
				return TITLE_EXPRESSION_EDEFAULT == null ? titleExpression != null : !TITLE_EXPRESSION_EDEFAULT.equals(titleExpression);
			case DescriptionPackage.DIAGRAM_DESCRIPTION__SYNCHRONIZED:
				return synchronized_ != SYNCHRONIZED_EDEFAULT;
			case DescriptionPackage.DIAGRAM_DESCRIPTION__LAYOUT:
				return layout != LAYOUT_EDEFAULT;
			case DescriptionPackage.DIAGRAM_DESCRIPTION__LAYOUT_TOP_EXPRESSION:
				return LAYOUT_TOP_EXPRESSION_EDEFAULT == null ? layoutTopExpression != null : !LAYOUT_TOP_EXPRESSION_EDEFAULT.equals(layoutTopExpression);
			case DescriptionPackage.DIAGRAM_DESCRIPTION__LAYERS:
				return layers != null && !layers.isEmpty();
			case DescriptionPackage.DIAGRAM_DESCRIPTION__FILTERS:
				return filters != null && !filters.isEmpty();
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
		result.append(" (domainClass: ");
		result.append(domainClass);
		result.append(", rootExpression: ");
		result.append(rootExpression);
		result.append(", titleExpression: ");
		result.append(titleExpression);
		result.append(", synchronized: ");
		result.append(synchronized_);
		result.append(", layout: ");
		result.append(layout);
		result.append(", layoutTopExpression: ");
		result.append(layoutTopExpression);
		result.append(')');
		return result.toString();
	}

} //DiagramDescriptionImpl
