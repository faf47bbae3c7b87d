/**
 * Helix
 */
package org.helix.diagram.model.description.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.helix.diagram.model.description.ArrowHead;
import org.helix.diagram.model.description.DescriptionPackage;
import org.helix.diagram.model.description.EdgeStyle;
import org.helix.diagram.model.description.LineStyle;
import org.helix.diagram.model.description.Routing;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Edge Style</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.helix.diagram.model.description.impl.EdgeStyleImpl#getColor <em>Color</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.impl.EdgeStyleImpl#getWidth <em>Width</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.impl.EdgeStyleImpl#getLineStyle <em>Line Style</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.impl.EdgeStyleImpl#getSourceArrow <em>Source Arrow</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.impl.EdgeStyleImpl#getTargetArrow <em>Target Arrow</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.impl.EdgeStyleImpl#getRouting <em>Routing</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EdgeStyleImpl extends StyleImpl implements EdgeStyle {
	/**
	 * The default value of the '{@link #getColor() <em>Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getColor()
	 * @generated
	 * @ordered
	 */
	protected static final String COLOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getColor() <em>Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getColor()
	 * @generated
	 * @ordered
	 */
	protected String color = COLOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getWidth() <em>Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWidth()
	 * @generated
	 * @ordered
	 */
	protected static final int WIDTH_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getWidth() <em>Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWidth()
	 * @generated
	 * @ordered
	 */
	protected int width = WIDTH_EDEFAULT;

	/**
	 * The default value of the '{@link #getLineStyle() <em>Line Style</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLineStyle()
	 * @generated
	 * @ordered
	 */
	protected static final LineStyle LINE_STYLE_EDEFAULT = LineStyle.SOLID;

	/**
	 * The cached value of the '{@link #getLineStyle() <em>Line Style</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLineStyle()
	 * @generated
	 * @ordered
	 */
	protected LineStyle lineStyle = LINE_STYLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSourceArrow() <em>Source Arrow</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceArrow()
	 * @generated
	 * @ordered
	 */
	protected static final ArrowHead SOURCE_ARROW_EDEFAULT = ArrowHead.NONE;

	/**
	 * The cached value of the '{@link #getSourceArrow() <em>Source Arrow</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceArrow()
	 * @generated
	 * @ordered
	 */
	protected ArrowHead sourceArrow = SOURCE_ARROW_EDEFAULT;

	/**
	 * The default value of the '{@link #getTargetArrow() <em>Target Arrow</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetArrow()
	 * @generated
	 * @ordered
	 */
	protected static final ArrowHead TARGET_ARROW_EDEFAULT = ArrowHead.NONE;

	/**
	 * The cached value of the '{@link #getTargetArrow() <em>Target Arrow</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetArrow()
	 * @generated
	 * @ordered
	 */
	protected ArrowHead targetArrow = TARGET_ARROW_EDEFAULT;

	/**
	 * The default value of the '{@link #getRouting() <em>Routing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRouting()
	 * @generated
	 * @ordered
	 */
	protected static final Routing ROUTING_EDEFAULT = Routing.STRAIGHT;

	/**
	 * The cached value of the '{@link #getRouting() <em>Routing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRouting()
	 * @generated
	 * @ordered
	 */
	protected Routing routing = ROUTING_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EdgeStyleImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DescriptionPackage.Literals.EDGE_STYLE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getColor() {
		return color;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setColor(String newColor) {
		String oldColor = color;
		color = newColor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.EDGE_STYLE__COLOR, oldColor, color));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getWidth() {
		return width;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWidth(int newWidth) {
		int oldWidth = width;
		width = newWidth;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.EDGE_STYLE__WIDTH, oldWidth, width));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LineStyle getLineStyle() {
		return lineStyle;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLineStyle(LineStyle newLineStyle) {
		LineStyle oldLineStyle = lineStyle;
		lineStyle = newLineStyle == null ? LINE_STYLE_EDEFAULT : newLineStyle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.EDGE_STYLE__LINE_STYLE, oldLineStyle, lineStyle));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ArrowHead getSourceArrow() {
		return sourceArrow;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSourceArrow(ArrowHead newSourceArrow) {
		ArrowHead oldSourceArrow = sourceArrow;
		sourceArrow = newSourceArrow == null ? SOURCE_ARROW_EDEFAULT : newSourceArrow;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.EDGE_STYLE__SOURCE_ARROW, oldSourceArrow, sourceArrow));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ArrowHead getTargetArrow() {
		return targetArrow;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTargetArrow(ArrowHead newTargetArrow) {
		ArrowHead oldTargetArrow = targetArrow;
		targetArrow = newTargetArrow == null ? TARGET_ARROW_EDEFAULT : newTargetArrow;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.EDGE_STYLE__TARGET_ARROW, oldTargetArrow, targetArrow));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Routing getRouting() {
		return routing;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRouting(Routing newRouting) {
		Routing oldRouting = routing;
		routing = newRouting == null ? ROUTING_EDEFAULT : newRouting;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.EDGE_STYLE__ROUTING, oldRouting, routing));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case DescriptionPackage.EDGE_STYLE__COLOR:
				return getColor();
			case DescriptionPackage.EDGE_STYLE__WIDTH:
				return getWidth();
			case DescriptionPackage.EDGE_STYLE__LINE_STYLE:
				return getLineStyle();
			case DescriptionPackage.EDGE_STYLE__SOURCE_ARROW:
				return getSourceArrow();
			case DescriptionPackage.EDGE_STYLE__TARGET_ARROW:
				return getTargetArrow();
			case DescriptionPackage.EDGE_STYLE__ROUTING:
				return getRouting();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case DescriptionPackage.EDGE_STYLE__COLOR:
				setColor((String)newValue);
				return;
			case DescriptionPackage.EDGE_STYLE__WIDTH:
				setWidth((Integer)newValue);
				return;
			case DescriptionPackage.EDGE_STYLE__LINE_STYLE:
				setLineStyle((LineStyle)newValue);
				return;
			case DescriptionPackage.EDGE_STYLE__SOURCE_ARROW:
				setSourceArrow((ArrowHead)newValue);
				return;
			case DescriptionPackage.EDGE_STYLE__TARGET_ARROW:
				setTargetArrow((ArrowHead)newValue);
				return;
			case DescriptionPackage.EDGE_STYLE__ROUTING:
				setRouting((Routing)newValue);
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
			case DescriptionPackage.EDGE_STYLE__COLOR:
				setColor(COLOR_EDEFAULT);
				return;
			case DescriptionPackage.EDGE_STYLE__WIDTH:
				setWidth(WIDTH_EDEFAULT);
				return;
			case DescriptionPackage.EDGE_STYLE__LINE_STYLE:
				setLineStyle(LINE_STYLE_EDEFAULT);
				return;
			case DescriptionPackage.EDGE_STYLE__SOURCE_ARROW:
				setSourceArrow(SOURCE_ARROW_EDEFAULT);
				return;
			case DescriptionPackage.EDGE_STYLE__TARGET_ARROW:
				setTargetArrow(TARGET_ARROW_EDEFAULT);
				return;
			case DescriptionPackage.EDGE_STYLE__ROUTING:
				setRouting(ROUTING_EDEFAULT);
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
			case DescriptionPackage.EDGE_STYLE__COLOR:
				return COLOR_EDEFAULT == null ? color != null : !COLOR_EDEFAULT.equals(color);
			case DescriptionPackage.EDGE_STYLE__WIDTH:
				return width != WIDTH_EDEFAULT;
			case DescriptionPackage.EDGE_STYLE__LINE_STYLE:
				return lineStyle != LINE_STYLE_EDEFAULT;
			case DescriptionPackage.EDGE_STYLE__SOURCE_ARROW:
				return sourceArrow != SOURCE_ARROW_EDEFAULT;
			case DescriptionPackage.EDGE_STYLE__TARGET_ARROW:
				return targetArrow != TARGET_ARROW_EDEFAULT;
			case DescriptionPackage.EDGE_STYLE__ROUTING:
				return routing != ROUTING_EDEFAULT;
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
		result.append(" (color: ");
		result.append(color);
		result.append(", width: ");
		result.append(width);
		result.append(", lineStyle: ");
		result.append(lineStyle);
		result.append(", sourceArrow: ");
		result.append(sourceArrow);
		result.append(", targetArrow: ");
		result.append(targetArrow);
		result.append(", routing: ");
		result.append(routing);
		result.append(')');
		return result.toString();
	}

} //EdgeStyleImpl
