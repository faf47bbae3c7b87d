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

import org.helix.diagram.model.description.AbstractTableDescription;
import org.helix.diagram.model.description.DescriptionPackage;
import org.helix.diagram.model.description.TableFilter;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Abstract Table Description</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.helix.diagram.model.description.impl.AbstractTableDescriptionImpl#getDomainClass <em>Domain Class</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.impl.AbstractTableDescriptionImpl#getLineDomainClass <em>Line Domain Class</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.impl.AbstractTableDescriptionImpl#getSemanticCandidates <em>Semantic Candidates</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.impl.AbstractTableDescriptionImpl#getLinePrecondition <em>Line Precondition</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.impl.AbstractTableDescriptionImpl#getLineLabelExpression <em>Line Label Expression</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.impl.AbstractTableDescriptionImpl#getLineHeader <em>Line Header</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.impl.AbstractTableDescriptionImpl#getLineSortExpression <em>Line Sort Expression</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.impl.AbstractTableDescriptionImpl#getFilters <em>Filters</em>}</li>
 * </ul>
 *
 * @generated
 */
public abstract class AbstractTableDescriptionImpl extends IdentifiedElementImpl implements AbstractTableDescription {
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
	 * The default value of the '{@link #getLineDomainClass() <em>Line Domain Class</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLineDomainClass()
	 * @generated
	 * @ordered
	 */
	protected static final String LINE_DOMAIN_CLASS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLineDomainClass() <em>Line Domain Class</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLineDomainClass()
	 * @generated
	 * @ordered
	 */
	protected String lineDomainClass = LINE_DOMAIN_CLASS_EDEFAULT;

	/**
	 * The default value of the '{@link #getSemanticCandidates() <em>Semantic Candidates</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSemanticCandidates()
	 * @generated
	 * @ordered
	 */
	protected static final String SEMANTIC_CANDIDATES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSemanticCandidates() <em>Semantic Candidates</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSemanticCandidates()
	 * @generated
	 * @ordered
	 */
	protected String semanticCandidates = SEMANTIC_CANDIDATES_EDEFAULT;

	/**
	 * The default value of the '{@link #getLinePrecondition() <em>Line Precondition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLinePrecondition()
	 * @generated
	 * @ordered
	 */
	protected static final String LINE_PRECONDITION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLinePrecondition() <em>Line Precondition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLinePrecondition()
	 * @generated
	 * @ordered
	 */
	protected String linePrecondition = LINE_PRECONDITION_EDEFAULT;

	/**
	 * The default value of the '{@link #getLineLabelExpression() <em>Line Label Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLineLabelExpression()
	 * @generated
	 * @ordered
	 */
	protected static final String LINE_LABEL_EXPRESSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLineLabelExpression() <em>Line Label Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLineLabelExpression()
	 * @generated
	 * @ordered
	 */
	protected String lineLabelExpression = LINE_LABEL_EXPRESSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getLineHeader() <em>Line Header</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLineHeader()
	 * @generated
	 * @ordered
	 */
	protected static final String LINE_HEADER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLineHeader() <em>Line Header</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLineHeader()
	 * @generated
	 * @ordered
	 */
	protected String lineHeader = LINE_HEADER_EDEFAULT;

	/**
	 * The default value of the '{@link #getLineSortExpression() <em>Line Sort Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLineSortExpression()
	 * @generated
	 * @ordered
	 */
	protected static final String LINE_SORT_EXPRESSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLineSortExpression() <em>Line Sort Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLineSortExpression()
	 * @generated
	 * @ordered
	 */
	protected String lineSortExpression = LINE_SORT_EXPRESSION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getFilters() <em>Filters</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFilters()
	 * @generated
	 * @ordered
	 */
	protected EList<TableFilter> filters;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AbstractTableDescriptionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DescriptionPackage.Literals.ABSTRACT_TABLE_DESCRIPTION;
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
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.ABSTRACT_TABLE_DESCRIPTION__DOMAIN_CLASS, oldDomainClass, domainClass));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLineDomainClass() {
		return lineDomainClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLineDomainClass(String newLineDomainClass) {
		String oldLineDomainClass = lineDomainClass;
		lineDomainClass = newLineDomainClass;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.ABSTRACT_TABLE_DESCRIPTION__LINE_DOMAIN_CLASS, oldLineDomainClass, lineDomainClass));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSemanticCandidates() {
		return semanticCandidates;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSemanticCandidates(String newSemanticCandidates) {
		String oldSemanticCandidates = semanticCandidates;
		semanticCandidates = newSemanticCandidates;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.ABSTRACT_TABLE_DESCRIPTION__SEMANTIC_CANDIDATES, oldSemanticCandidates, semanticCandidates));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLinePrecondition() {
		return linePrecondition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLinePrecondition(String newLinePrecondition) {
		String oldLinePrecondition = linePrecondition;
		linePrecondition = newLinePrecondition;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.ABSTRACT_TABLE_DESCRIPTION__LINE_PRECONDITION, oldLinePrecondition, linePrecondition));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLineLabelExpression() {
		return lineLabelExpression;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLineLabelExpression(String newLineLabelExpression) {
		String oldLineLabelExpression = lineLabelExpression;
		lineLabelExpression = newLineLabelExpression;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.ABSTRACT_TABLE_DESCRIPTION__LINE_LABEL_EXPRESSION, oldLineLabelExpression, lineLabelExpression));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLineHeader() {
		return lineHeader;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLineHeader(String newLineHeader) {
		String oldLineHeader = lineHeader;
		lineHeader = newLineHeader;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.ABSTRACT_TABLE_DESCRIPTION__LINE_HEADER, oldLineHeader, lineHeader));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLineSortExpression() {
		return lineSortExpression;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLineSortExpression(String newLineSortExpression) {
		String oldLineSortExpression = lineSortExpression;
		lineSortExpression = newLineSortExpression;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.ABSTRACT_TABLE_DESCRIPTION__LINE_SORT_EXPRESSION, oldLineSortExpression, lineSortExpression));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<TableFilter> getFilters() {
		if (filters == null) {
			filters = new EObjectContainmentEList<TableFilter>(TableFilter.class, this, DescriptionPackage.ABSTRACT_TABLE_DESCRIPTION__FILTERS);
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
			case DescriptionPackage.ABSTRACT_TABLE_DESCRIPTION__FILTERS:
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
			case DescriptionPackage.ABSTRACT_TABLE_DESCRIPTION__DOMAIN_CLASS:
				return getDomainClass();
			case DescriptionPackage.ABSTRACT_TABLE_DESCRIPTION__LINE_DOMAIN_CLASS:
				return getLineDomainClass();
			case DescriptionPackage.ABSTRACT_TABLE_DESCRIPTION__SEMANTIC_CANDIDATES:
				return getSemanticCandidates();
			case DescriptionPackage.ABSTRACT_TABLE_DESCRIPTION__LINE_PRECONDITION:
				return getLinePrecondition();
			case DescriptionPackage.ABSTRACT_TABLE_DESCRIPTION__LINE_LABEL_EXPRESSION:
				return getLineLabelExpression();
			case DescriptionPackage.ABSTRACT_TABLE_DESCRIPTION__LINE_HEADER:
				return getLineHeader();
			case DescriptionPackage.ABSTRACT_TABLE_DESCRIPTION__LINE_SORT_EXPRESSION:
				return getLineSortExpression();
			case DescriptionPackage.ABSTRACT_TABLE_DESCRIPTION__FILTERS:
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
			case DescriptionPackage.ABSTRACT_TABLE_DESCRIPTION__DOMAIN_CLASS:
				setDomainClass((String)newValue);
				return;
			case DescriptionPackage.ABSTRACT_TABLE_DESCRIPTION__LINE_DOMAIN_CLASS:
				setLineDomainClass((String)newValue);
				return;
			case DescriptionPackage.ABSTRACT_TABLE_DESCRIPTION__SEMANTIC_CANDIDATES:
				setSemanticCandidates((String)newValue);
				return;
			case DescriptionPackage.ABSTRACT_TABLE_DESCRIPTION__LINE_PRECONDITION:
				setLinePrecondition((String)newValue);
				return;
			case DescriptionPackage.ABSTRACT_TABLE_DESCRIPTION__LINE_LABEL_EXPRESSION:
				setLineLabelExpression((String)newValue);
				return;
			case DescriptionPackage.ABSTRACT_TABLE_DESCRIPTION__LINE_HEADER:
				setLineHeader((String)newValue);
				return;
			case DescriptionPackage.ABSTRACT_TABLE_DESCRIPTION__LINE_SORT_EXPRESSION:
				setLineSortExpression((String)newValue);
				return;
			case DescriptionPackage.ABSTRACT_TABLE_DESCRIPTION__FILTERS:
				getFilters().clear();
				getFilters().addAll((Collection<? extends TableFilter>)newValue);
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
			case DescriptionPackage.ABSTRACT_TABLE_DESCRIPTION__DOMAIN_CLASS:
				setDomainClass(DOMAIN_CLASS_EDEFAULT);
				return;
			case DescriptionPackage.ABSTRACT_TABLE_DESCRIPTION__LINE_DOMAIN_CLASS:
				setLineDomainClass(LINE_DOMAIN_CLASS_EDEFAULT);
				return;
			case DescriptionPackage.ABSTRACT_TABLE_DESCRIPTION__SEMANTIC_CANDIDATES:
				setSemanticCandidates(SEMANTIC_CANDIDATES_EDEFAULT);
				return;
			case DescriptionPackage.ABSTRACT_TABLE_DESCRIPTION__LINE_PRECONDITION:
				setLinePrecondition(LINE_PRECONDITION_EDEFAULT);
				return;
			case DescriptionPackage.ABSTRACT_TABLE_DESCRIPTION__LINE_LABEL_EXPRESSION:
				setLineLabelExpression(LINE_LABEL_EXPRESSION_EDEFAULT);
				return;
			case DescriptionPackage.ABSTRACT_TABLE_DESCRIPTION__LINE_HEADER:
				setLineHeader(LINE_HEADER_EDEFAULT);
				return;
			case DescriptionPackage.ABSTRACT_TABLE_DESCRIPTION__LINE_SORT_EXPRESSION:
				setLineSortExpression(LINE_SORT_EXPRESSION_EDEFAULT);
				return;
			case DescriptionPackage.ABSTRACT_TABLE_DESCRIPTION__FILTERS:
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
			case DescriptionPackage.ABSTRACT_TABLE_DESCRIPTION__DOMAIN_CLASS:
				return DOMAIN_CLASS_EDEFAULT == null ? domainClass != null : !DOMAIN_CLASS_EDEFAULT.equals(domainClass);
			case DescriptionPackage.ABSTRACT_TABLE_DESCRIPTION__LINE_DOMAIN_CLASS:
				return LINE_DOMAIN_CLASS_EDEFAULT == null ? lineDomainClass != null : !LINE_DOMAIN_CLASS_EDEFAULT.equals(lineDomainClass);
			case DescriptionPackage.ABSTRACT_TABLE_DESCRIPTION__SEMANTIC_CANDIDATES:
				return SEMANTIC_CANDIDATES_EDEFAULT == null ? semanticCandidates != null : !SEMANTIC_CANDIDATES_EDEFAULT.equals(semanticCandidates);
			case DescriptionPackage.ABSTRACT_TABLE_DESCRIPTION__LINE_PRECONDITION:
				return LINE_PRECONDITION_EDEFAULT == null ? linePrecondition != null : !LINE_PRECONDITION_EDEFAULT.equals(linePrecondition);
			case DescriptionPackage.ABSTRACT_TABLE_DESCRIPTION__LINE_LABEL_EXPRESSION:
				return LINE_LABEL_EXPRESSION_EDEFAULT == null ? lineLabelExpression != null : !LINE_LABEL_EXPRESSION_EDEFAULT.equals(lineLabelExpression);
			case DescriptionPackage.ABSTRACT_TABLE_DESCRIPTION__LINE_HEADER:
				return LINE_HEADER_EDEFAULT == null ? lineHeader != null : !LINE_HEADER_EDEFAULT.equals(lineHeader);
			case DescriptionPackage.ABSTRACT_TABLE_DESCRIPTION__LINE_SORT_EXPRESSION:
				return LINE_SORT_EXPRESSION_EDEFAULT == null ? lineSortExpression != null : !LINE_SORT_EXPRESSION_EDEFAULT.equals(lineSortExpression);
			case DescriptionPackage.ABSTRACT_TABLE_DESCRIPTION__FILTERS:
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
		result.append(", lineDomainClass: ");
		result.append(lineDomainClass);
		result.append(", semanticCandidates: ");
		result.append(semanticCandidates);
		result.append(", linePrecondition: ");
		result.append(linePrecondition);
		result.append(", lineLabelExpression: ");
		result.append(lineLabelExpression);
		result.append(", lineHeader: ");
		result.append(lineHeader);
		result.append(", lineSortExpression: ");
		result.append(lineSortExpression);
		result.append(')');
		return result.toString();
	}

} //AbstractTableDescriptionImpl
