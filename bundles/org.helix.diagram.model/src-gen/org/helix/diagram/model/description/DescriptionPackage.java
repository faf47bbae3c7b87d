/**
 * Helix
 */
package org.helix.diagram.model.description;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

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
 * Declarative diagram descriptions (the Helix counterpart of a Sirius .odesign): viewpoints, diagram descriptions, mappings, styles, layers, filters and tools. Expressions are in the Helix diagram expression language (docs/diagrams.md).
 * <!-- end-model-doc -->
 * @see org.helix.diagram.model.description.DescriptionFactory
 * @model kind="package"
 * @generated
 */
public interface DescriptionPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "description";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://www.helix.org/diagram/1.0/description";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "description";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	DescriptionPackage eINSTANCE = org.helix.diagram.model.description.impl.DescriptionPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.helix.diagram.model.description.impl.IdentifiedElementImpl <em>Identified Element</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.diagram.model.description.impl.IdentifiedElementImpl
	 * @see org.helix.diagram.model.description.impl.DescriptionPackageImpl#getIdentifiedElement()
	 * @generated
	 */
	int IDENTIFIED_ELEMENT = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED_ELEMENT__ID = 0;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED_ELEMENT__LABEL = 1;

	/**
	 * The feature id for the '<em><b>Documentation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED_ELEMENT__DOCUMENTATION = 2;

	/**
	 * The number of structural features of the '<em>Identified Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED_ELEMENT_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Identified Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED_ELEMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.helix.diagram.model.description.impl.ViewpointImpl <em>Viewpoint</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.diagram.model.description.impl.ViewpointImpl
	 * @see org.helix.diagram.model.description.impl.DescriptionPackageImpl#getViewpoint()
	 * @generated
	 */
	int VIEWPOINT = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIEWPOINT__ID = IDENTIFIED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIEWPOINT__LABEL = IDENTIFIED_ELEMENT__LABEL;

	/**
	 * The feature id for the '<em><b>Documentation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIEWPOINT__DOCUMENTATION = IDENTIFIED_ELEMENT__DOCUMENTATION;

	/**
	 * The feature id for the '<em><b>Diagrams</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIEWPOINT__DIAGRAMS = IDENTIFIED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Tables</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIEWPOINT__TABLES = IDENTIFIED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Validation Rules</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIEWPOINT__VALIDATION_RULES = IDENTIFIED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Viewpoint</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIEWPOINT_FEATURE_COUNT = IDENTIFIED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Viewpoint</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIEWPOINT_OPERATION_COUNT = IDENTIFIED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.helix.diagram.model.description.impl.DiagramDescriptionImpl <em>Diagram Description</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.diagram.model.description.impl.DiagramDescriptionImpl
	 * @see org.helix.diagram.model.description.impl.DescriptionPackageImpl#getDiagramDescription()
	 * @generated
	 */
	int DIAGRAM_DESCRIPTION = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_DESCRIPTION__ID = IDENTIFIED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_DESCRIPTION__LABEL = IDENTIFIED_ELEMENT__LABEL;

	/**
	 * The feature id for the '<em><b>Documentation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_DESCRIPTION__DOCUMENTATION = IDENTIFIED_ELEMENT__DOCUMENTATION;

	/**
	 * The feature id for the '<em><b>Domain Class</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_DESCRIPTION__DOMAIN_CLASS = IDENTIFIED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Root Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_DESCRIPTION__ROOT_EXPRESSION = IDENTIFIED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Title Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_DESCRIPTION__TITLE_EXPRESSION = IDENTIFIED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Synchronized</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_DESCRIPTION__SYNCHRONIZED = IDENTIFIED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Layout</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_DESCRIPTION__LAYOUT = IDENTIFIED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Layout Top Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_DESCRIPTION__LAYOUT_TOP_EXPRESSION = IDENTIFIED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Layers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_DESCRIPTION__LAYERS = IDENTIFIED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Filters</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_DESCRIPTION__FILTERS = IDENTIFIED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Diagram Description</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_DESCRIPTION_FEATURE_COUNT = IDENTIFIED_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The number of operations of the '<em>Diagram Description</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_DESCRIPTION_OPERATION_COUNT = IDENTIFIED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.helix.diagram.model.description.impl.LayerImpl <em>Layer</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.diagram.model.description.impl.LayerImpl
	 * @see org.helix.diagram.model.description.impl.DescriptionPackageImpl#getLayer()
	 * @generated
	 */
	int LAYER = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER__ID = IDENTIFIED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER__LABEL = IDENTIFIED_ELEMENT__LABEL;

	/**
	 * The feature id for the '<em><b>Documentation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER__DOCUMENTATION = IDENTIFIED_ELEMENT__DOCUMENTATION;

	/**
	 * The feature id for the '<em><b>Optional</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER__OPTIONAL = IDENTIFIED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Active By Default</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER__ACTIVE_BY_DEFAULT = IDENTIFIED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Node Mappings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER__NODE_MAPPINGS = IDENTIFIED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Edge Mappings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER__EDGE_MAPPINGS = IDENTIFIED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Tools</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER__TOOLS = IDENTIFIED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Layer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER_FEATURE_COUNT = IDENTIFIED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Layer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER_OPERATION_COUNT = IDENTIFIED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.helix.diagram.model.description.impl.DiagramElementMappingImpl <em>Diagram Element Mapping</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.diagram.model.description.impl.DiagramElementMappingImpl
	 * @see org.helix.diagram.model.description.impl.DescriptionPackageImpl#getDiagramElementMapping()
	 * @generated
	 */
	int DIAGRAM_ELEMENT_MAPPING = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_ELEMENT_MAPPING__ID = IDENTIFIED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_ELEMENT_MAPPING__LABEL = IDENTIFIED_ELEMENT__LABEL;

	/**
	 * The feature id for the '<em><b>Documentation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_ELEMENT_MAPPING__DOCUMENTATION = IDENTIFIED_ELEMENT__DOCUMENTATION;

	/**
	 * The feature id for the '<em><b>Domain Class</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_ELEMENT_MAPPING__DOMAIN_CLASS = IDENTIFIED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Semantic Candidates</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_ELEMENT_MAPPING__SEMANTIC_CANDIDATES = IDENTIFIED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Precondition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_ELEMENT_MAPPING__PRECONDITION = IDENTIFIED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Label Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_ELEMENT_MAPPING__LABEL_EXPRESSION = IDENTIFIED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Icon</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_ELEMENT_MAPPING__ICON = IDENTIFIED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Style</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_ELEMENT_MAPPING__STYLE = IDENTIFIED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Conditional Styles</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_ELEMENT_MAPPING__CONDITIONAL_STYLES = IDENTIFIED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Style Provider</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_ELEMENT_MAPPING__STYLE_PROVIDER = IDENTIFIED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Diagram Element Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_ELEMENT_MAPPING_FEATURE_COUNT = IDENTIFIED_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The number of operations of the '<em>Diagram Element Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_ELEMENT_MAPPING_OPERATION_COUNT = IDENTIFIED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.helix.diagram.model.description.impl.NodeMappingImpl <em>Node Mapping</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.diagram.model.description.impl.NodeMappingImpl
	 * @see org.helix.diagram.model.description.impl.DescriptionPackageImpl#getNodeMapping()
	 * @generated
	 */
	int NODE_MAPPING = 5;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING__ID = DIAGRAM_ELEMENT_MAPPING__ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING__LABEL = DIAGRAM_ELEMENT_MAPPING__LABEL;

	/**
	 * The feature id for the '<em><b>Documentation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING__DOCUMENTATION = DIAGRAM_ELEMENT_MAPPING__DOCUMENTATION;

	/**
	 * The feature id for the '<em><b>Domain Class</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING__DOMAIN_CLASS = DIAGRAM_ELEMENT_MAPPING__DOMAIN_CLASS;

	/**
	 * The feature id for the '<em><b>Semantic Candidates</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING__SEMANTIC_CANDIDATES = DIAGRAM_ELEMENT_MAPPING__SEMANTIC_CANDIDATES;

	/**
	 * The feature id for the '<em><b>Precondition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING__PRECONDITION = DIAGRAM_ELEMENT_MAPPING__PRECONDITION;

	/**
	 * The feature id for the '<em><b>Label Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING__LABEL_EXPRESSION = DIAGRAM_ELEMENT_MAPPING__LABEL_EXPRESSION;

	/**
	 * The feature id for the '<em><b>Icon</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING__ICON = DIAGRAM_ELEMENT_MAPPING__ICON;

	/**
	 * The feature id for the '<em><b>Style</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING__STYLE = DIAGRAM_ELEMENT_MAPPING__STYLE;

	/**
	 * The feature id for the '<em><b>Conditional Styles</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING__CONDITIONAL_STYLES = DIAGRAM_ELEMENT_MAPPING__CONDITIONAL_STYLES;

	/**
	 * The feature id for the '<em><b>Style Provider</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING__STYLE_PROVIDER = DIAGRAM_ELEMENT_MAPPING__STYLE_PROVIDER;

	/**
	 * The feature id for the '<em><b>Decorations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING__DECORATIONS = DIAGRAM_ELEMENT_MAPPING_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Double Click Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING__DOUBLE_CLICK_DESCRIPTION = DIAGRAM_ELEMENT_MAPPING_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Double Click Editor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING__DOUBLE_CLICK_EDITOR = DIAGRAM_ELEMENT_MAPPING_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Bordered Node Mappings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING__BORDERED_NODE_MAPPINGS = DIAGRAM_ELEMENT_MAPPING_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Node Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING_FEATURE_COUNT = DIAGRAM_ELEMENT_MAPPING_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Node Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING_OPERATION_COUNT = DIAGRAM_ELEMENT_MAPPING_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.helix.diagram.model.description.impl.ContainerMappingImpl <em>Container Mapping</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.diagram.model.description.impl.ContainerMappingImpl
	 * @see org.helix.diagram.model.description.impl.DescriptionPackageImpl#getContainerMapping()
	 * @generated
	 */
	int CONTAINER_MAPPING = 6;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_MAPPING__ID = NODE_MAPPING__ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_MAPPING__LABEL = NODE_MAPPING__LABEL;

	/**
	 * The feature id for the '<em><b>Documentation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_MAPPING__DOCUMENTATION = NODE_MAPPING__DOCUMENTATION;

	/**
	 * The feature id for the '<em><b>Domain Class</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_MAPPING__DOMAIN_CLASS = NODE_MAPPING__DOMAIN_CLASS;

	/**
	 * The feature id for the '<em><b>Semantic Candidates</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_MAPPING__SEMANTIC_CANDIDATES = NODE_MAPPING__SEMANTIC_CANDIDATES;

	/**
	 * The feature id for the '<em><b>Precondition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_MAPPING__PRECONDITION = NODE_MAPPING__PRECONDITION;

	/**
	 * The feature id for the '<em><b>Label Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_MAPPING__LABEL_EXPRESSION = NODE_MAPPING__LABEL_EXPRESSION;

	/**
	 * The feature id for the '<em><b>Icon</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_MAPPING__ICON = NODE_MAPPING__ICON;

	/**
	 * The feature id for the '<em><b>Style</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_MAPPING__STYLE = NODE_MAPPING__STYLE;

	/**
	 * The feature id for the '<em><b>Conditional Styles</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_MAPPING__CONDITIONAL_STYLES = NODE_MAPPING__CONDITIONAL_STYLES;

	/**
	 * The feature id for the '<em><b>Style Provider</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_MAPPING__STYLE_PROVIDER = NODE_MAPPING__STYLE_PROVIDER;

	/**
	 * The feature id for the '<em><b>Decorations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_MAPPING__DECORATIONS = NODE_MAPPING__DECORATIONS;

	/**
	 * The feature id for the '<em><b>Double Click Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_MAPPING__DOUBLE_CLICK_DESCRIPTION = NODE_MAPPING__DOUBLE_CLICK_DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Double Click Editor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_MAPPING__DOUBLE_CLICK_EDITOR = NODE_MAPPING__DOUBLE_CLICK_EDITOR;

	/**
	 * The feature id for the '<em><b>Bordered Node Mappings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_MAPPING__BORDERED_NODE_MAPPINGS = NODE_MAPPING__BORDERED_NODE_MAPPINGS;

	/**
	 * The feature id for the '<em><b>Children Presentation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_MAPPING__CHILDREN_PRESENTATION = NODE_MAPPING_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Sub Mappings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_MAPPING__SUB_MAPPINGS = NODE_MAPPING_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Container Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_MAPPING_FEATURE_COUNT = NODE_MAPPING_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Container Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_MAPPING_OPERATION_COUNT = NODE_MAPPING_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.helix.diagram.model.description.impl.EdgeMappingImpl <em>Edge Mapping</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.diagram.model.description.impl.EdgeMappingImpl
	 * @see org.helix.diagram.model.description.impl.DescriptionPackageImpl#getEdgeMapping()
	 * @generated
	 */
	int EDGE_MAPPING = 7;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING__ID = DIAGRAM_ELEMENT_MAPPING__ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING__LABEL = DIAGRAM_ELEMENT_MAPPING__LABEL;

	/**
	 * The feature id for the '<em><b>Documentation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING__DOCUMENTATION = DIAGRAM_ELEMENT_MAPPING__DOCUMENTATION;

	/**
	 * The feature id for the '<em><b>Domain Class</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING__DOMAIN_CLASS = DIAGRAM_ELEMENT_MAPPING__DOMAIN_CLASS;

	/**
	 * The feature id for the '<em><b>Semantic Candidates</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING__SEMANTIC_CANDIDATES = DIAGRAM_ELEMENT_MAPPING__SEMANTIC_CANDIDATES;

	/**
	 * The feature id for the '<em><b>Precondition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING__PRECONDITION = DIAGRAM_ELEMENT_MAPPING__PRECONDITION;

	/**
	 * The feature id for the '<em><b>Label Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING__LABEL_EXPRESSION = DIAGRAM_ELEMENT_MAPPING__LABEL_EXPRESSION;

	/**
	 * The feature id for the '<em><b>Icon</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING__ICON = DIAGRAM_ELEMENT_MAPPING__ICON;

	/**
	 * The feature id for the '<em><b>Style</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING__STYLE = DIAGRAM_ELEMENT_MAPPING__STYLE;

	/**
	 * The feature id for the '<em><b>Conditional Styles</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING__CONDITIONAL_STYLES = DIAGRAM_ELEMENT_MAPPING__CONDITIONAL_STYLES;

	/**
	 * The feature id for the '<em><b>Style Provider</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING__STYLE_PROVIDER = DIAGRAM_ELEMENT_MAPPING__STYLE_PROVIDER;

	/**
	 * The feature id for the '<em><b>Source Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING__SOURCE_EXPRESSION = DIAGRAM_ELEMENT_MAPPING_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Target Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING__TARGET_EXPRESSION = DIAGRAM_ELEMENT_MAPPING_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Source Mappings</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING__SOURCE_MAPPINGS = DIAGRAM_ELEMENT_MAPPING_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Target Mappings</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING__TARGET_MAPPINGS = DIAGRAM_ELEMENT_MAPPING_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Reverse For Layout</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING__REVERSE_FOR_LAYOUT = DIAGRAM_ELEMENT_MAPPING_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Edge Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING_FEATURE_COUNT = DIAGRAM_ELEMENT_MAPPING_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Edge Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING_OPERATION_COUNT = DIAGRAM_ELEMENT_MAPPING_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.helix.diagram.model.description.impl.StyleImpl <em>Style</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.diagram.model.description.impl.StyleImpl
	 * @see org.helix.diagram.model.description.impl.DescriptionPackageImpl#getStyle()
	 * @generated
	 */
	int STYLE = 8;

	/**
	 * The feature id for the '<em><b>Label Color</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STYLE__LABEL_COLOR = 0;

	/**
	 * The feature id for the '<em><b>Font Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STYLE__FONT_NAME = 1;

	/**
	 * The feature id for the '<em><b>Font Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STYLE__FONT_SIZE = 2;

	/**
	 * The feature id for the '<em><b>Bold</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STYLE__BOLD = 3;

	/**
	 * The feature id for the '<em><b>Italic</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STYLE__ITALIC = 4;

	/**
	 * The number of structural features of the '<em>Style</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STYLE_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Style</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STYLE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.helix.diagram.model.description.impl.NodeStyleImpl <em>Node Style</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.diagram.model.description.impl.NodeStyleImpl
	 * @see org.helix.diagram.model.description.impl.DescriptionPackageImpl#getNodeStyle()
	 * @generated
	 */
	int NODE_STYLE = 9;

	/**
	 * The feature id for the '<em><b>Label Color</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STYLE__LABEL_COLOR = STYLE__LABEL_COLOR;

	/**
	 * The feature id for the '<em><b>Font Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STYLE__FONT_NAME = STYLE__FONT_NAME;

	/**
	 * The feature id for the '<em><b>Font Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STYLE__FONT_SIZE = STYLE__FONT_SIZE;

	/**
	 * The feature id for the '<em><b>Bold</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STYLE__BOLD = STYLE__BOLD;

	/**
	 * The feature id for the '<em><b>Italic</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STYLE__ITALIC = STYLE__ITALIC;

	/**
	 * The feature id for the '<em><b>Shape</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STYLE__SHAPE = STYLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Fill Color</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STYLE__FILL_COLOR = STYLE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Border Color</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STYLE__BORDER_COLOR = STYLE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Border Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STYLE__BORDER_WIDTH = STYLE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Border Line Style</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STYLE__BORDER_LINE_STYLE = STYLE_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STYLE__WIDTH = STYLE_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Height</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STYLE__HEIGHT = STYLE_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Icon</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STYLE__ICON = STYLE_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Node Style</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STYLE_FEATURE_COUNT = STYLE_FEATURE_COUNT + 8;

	/**
	 * The number of operations of the '<em>Node Style</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STYLE_OPERATION_COUNT = STYLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.helix.diagram.model.description.impl.EdgeStyleImpl <em>Edge Style</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.diagram.model.description.impl.EdgeStyleImpl
	 * @see org.helix.diagram.model.description.impl.DescriptionPackageImpl#getEdgeStyle()
	 * @generated
	 */
	int EDGE_STYLE = 10;

	/**
	 * The feature id for the '<em><b>Label Color</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_STYLE__LABEL_COLOR = STYLE__LABEL_COLOR;

	/**
	 * The feature id for the '<em><b>Font Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_STYLE__FONT_NAME = STYLE__FONT_NAME;

	/**
	 * The feature id for the '<em><b>Font Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_STYLE__FONT_SIZE = STYLE__FONT_SIZE;

	/**
	 * The feature id for the '<em><b>Bold</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_STYLE__BOLD = STYLE__BOLD;

	/**
	 * The feature id for the '<em><b>Italic</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_STYLE__ITALIC = STYLE__ITALIC;

	/**
	 * The feature id for the '<em><b>Color</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_STYLE__COLOR = STYLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_STYLE__WIDTH = STYLE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Line Style</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_STYLE__LINE_STYLE = STYLE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Source Arrow</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_STYLE__SOURCE_ARROW = STYLE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Target Arrow</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_STYLE__TARGET_ARROW = STYLE_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Routing</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_STYLE__ROUTING = STYLE_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Edge Style</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_STYLE_FEATURE_COUNT = STYLE_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Edge Style</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_STYLE_OPERATION_COUNT = STYLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.helix.diagram.model.description.impl.ConditionalStyleImpl <em>Conditional Style</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.diagram.model.description.impl.ConditionalStyleImpl
	 * @see org.helix.diagram.model.description.impl.DescriptionPackageImpl#getConditionalStyle()
	 * @generated
	 */
	int CONDITIONAL_STYLE = 11;

	/**
	 * The feature id for the '<em><b>Condition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITIONAL_STYLE__CONDITION = 0;

	/**
	 * The feature id for the '<em><b>Style</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITIONAL_STYLE__STYLE = 1;

	/**
	 * The number of structural features of the '<em>Conditional Style</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITIONAL_STYLE_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Conditional Style</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITIONAL_STYLE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.helix.diagram.model.description.impl.FilterImpl <em>Filter</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.diagram.model.description.impl.FilterImpl
	 * @see org.helix.diagram.model.description.impl.DescriptionPackageImpl#getFilter()
	 * @generated
	 */
	int FILTER = 12;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILTER__ID = IDENTIFIED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILTER__LABEL = IDENTIFIED_ELEMENT__LABEL;

	/**
	 * The feature id for the '<em><b>Documentation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILTER__DOCUMENTATION = IDENTIFIED_ELEMENT__DOCUMENTATION;

	/**
	 * The feature id for the '<em><b>Condition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILTER__CONDITION = IDENTIFIED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILTER__KIND = IDENTIFIED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Active By Default</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILTER__ACTIVE_BY_DEFAULT = IDENTIFIED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Mappings</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILTER__MAPPINGS = IDENTIFIED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Filter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILTER_FEATURE_COUNT = IDENTIFIED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Filter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILTER_OPERATION_COUNT = IDENTIFIED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.helix.diagram.model.description.impl.ToolImpl <em>Tool</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.diagram.model.description.impl.ToolImpl
	 * @see org.helix.diagram.model.description.impl.DescriptionPackageImpl#getTool()
	 * @generated
	 */
	int TOOL = 13;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOOL__ID = IDENTIFIED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOOL__LABEL = IDENTIFIED_ELEMENT__LABEL;

	/**
	 * The feature id for the '<em><b>Documentation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOOL__DOCUMENTATION = IDENTIFIED_ELEMENT__DOCUMENTATION;

	/**
	 * The feature id for the '<em><b>Icon</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOOL__ICON = IDENTIFIED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Precondition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOOL__PRECONDITION = IDENTIFIED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Tool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOOL_FEATURE_COUNT = IDENTIFIED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Tool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOOL_OPERATION_COUNT = IDENTIFIED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.helix.diagram.model.description.impl.NodeCreationToolImpl <em>Node Creation Tool</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.diagram.model.description.impl.NodeCreationToolImpl
	 * @see org.helix.diagram.model.description.impl.DescriptionPackageImpl#getNodeCreationTool()
	 * @generated
	 */
	int NODE_CREATION_TOOL = 14;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_CREATION_TOOL__ID = TOOL__ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_CREATION_TOOL__LABEL = TOOL__LABEL;

	/**
	 * The feature id for the '<em><b>Documentation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_CREATION_TOOL__DOCUMENTATION = TOOL__DOCUMENTATION;

	/**
	 * The feature id for the '<em><b>Icon</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_CREATION_TOOL__ICON = TOOL__ICON;

	/**
	 * The feature id for the '<em><b>Precondition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_CREATION_TOOL__PRECONDITION = TOOL__PRECONDITION;

	/**
	 * The feature id for the '<em><b>Mapping</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_CREATION_TOOL__MAPPING = TOOL_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Element Class</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_CREATION_TOOL__ELEMENT_CLASS = TOOL_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Container Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_CREATION_TOOL__CONTAINER_EXPRESSION = TOOL_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Containment Feature</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_CREATION_TOOL__CONTAINMENT_FEATURE = TOOL_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Initial Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_CREATION_TOOL__INITIAL_NAME = TOOL_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Operations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_CREATION_TOOL__OPERATIONS = TOOL_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Node Creation Tool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_CREATION_TOOL_FEATURE_COUNT = TOOL_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Node Creation Tool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_CREATION_TOOL_OPERATION_COUNT = TOOL_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.helix.diagram.model.description.impl.EdgeCreationToolImpl <em>Edge Creation Tool</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.diagram.model.description.impl.EdgeCreationToolImpl
	 * @see org.helix.diagram.model.description.impl.DescriptionPackageImpl#getEdgeCreationTool()
	 * @generated
	 */
	int EDGE_CREATION_TOOL = 15;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_CREATION_TOOL__ID = TOOL__ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_CREATION_TOOL__LABEL = TOOL__LABEL;

	/**
	 * The feature id for the '<em><b>Documentation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_CREATION_TOOL__DOCUMENTATION = TOOL__DOCUMENTATION;

	/**
	 * The feature id for the '<em><b>Icon</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_CREATION_TOOL__ICON = TOOL__ICON;

	/**
	 * The feature id for the '<em><b>Precondition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_CREATION_TOOL__PRECONDITION = TOOL__PRECONDITION;

	/**
	 * The feature id for the '<em><b>Mapping</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_CREATION_TOOL__MAPPING = TOOL_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Reference Feature</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_CREATION_TOOL__REFERENCE_FEATURE = TOOL_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Element Class</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_CREATION_TOOL__ELEMENT_CLASS = TOOL_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Containment Feature</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_CREATION_TOOL__CONTAINMENT_FEATURE = TOOL_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Source Feature</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_CREATION_TOOL__SOURCE_FEATURE = TOOL_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Target Feature</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_CREATION_TOOL__TARGET_FEATURE = TOOL_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Operations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_CREATION_TOOL__OPERATIONS = TOOL_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Edge Creation Tool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_CREATION_TOOL_FEATURE_COUNT = TOOL_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Edge Creation Tool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_CREATION_TOOL_OPERATION_COUNT = TOOL_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.helix.diagram.model.description.impl.DeleteToolImpl <em>Delete Tool</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.diagram.model.description.impl.DeleteToolImpl
	 * @see org.helix.diagram.model.description.impl.DescriptionPackageImpl#getDeleteTool()
	 * @generated
	 */
	int DELETE_TOOL = 16;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELETE_TOOL__ID = TOOL__ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELETE_TOOL__LABEL = TOOL__LABEL;

	/**
	 * The feature id for the '<em><b>Documentation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELETE_TOOL__DOCUMENTATION = TOOL__DOCUMENTATION;

	/**
	 * The feature id for the '<em><b>Icon</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELETE_TOOL__ICON = TOOL__ICON;

	/**
	 * The feature id for the '<em><b>Precondition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELETE_TOOL__PRECONDITION = TOOL__PRECONDITION;

	/**
	 * The feature id for the '<em><b>Mappings</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELETE_TOOL__MAPPINGS = TOOL_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Operations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELETE_TOOL__OPERATIONS = TOOL_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Delete Tool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELETE_TOOL_FEATURE_COUNT = TOOL_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Delete Tool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELETE_TOOL_OPERATION_COUNT = TOOL_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.helix.diagram.model.description.impl.DirectEditToolImpl <em>Direct Edit Tool</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.diagram.model.description.impl.DirectEditToolImpl
	 * @see org.helix.diagram.model.description.impl.DescriptionPackageImpl#getDirectEditTool()
	 * @generated
	 */
	int DIRECT_EDIT_TOOL = 17;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECT_EDIT_TOOL__ID = TOOL__ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECT_EDIT_TOOL__LABEL = TOOL__LABEL;

	/**
	 * The feature id for the '<em><b>Documentation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECT_EDIT_TOOL__DOCUMENTATION = TOOL__DOCUMENTATION;

	/**
	 * The feature id for the '<em><b>Icon</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECT_EDIT_TOOL__ICON = TOOL__ICON;

	/**
	 * The feature id for the '<em><b>Precondition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECT_EDIT_TOOL__PRECONDITION = TOOL__PRECONDITION;

	/**
	 * The feature id for the '<em><b>Mappings</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECT_EDIT_TOOL__MAPPINGS = TOOL_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Feature</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECT_EDIT_TOOL__FEATURE = TOOL_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Direct Edit Tool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECT_EDIT_TOOL_FEATURE_COUNT = TOOL_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Direct Edit Tool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECT_EDIT_TOOL_OPERATION_COUNT = TOOL_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.helix.diagram.model.description.impl.DropToolImpl <em>Drop Tool</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.diagram.model.description.impl.DropToolImpl
	 * @see org.helix.diagram.model.description.impl.DescriptionPackageImpl#getDropTool()
	 * @generated
	 */
	int DROP_TOOL = 18;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DROP_TOOL__ID = TOOL__ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DROP_TOOL__LABEL = TOOL__LABEL;

	/**
	 * The feature id for the '<em><b>Documentation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DROP_TOOL__DOCUMENTATION = TOOL__DOCUMENTATION;

	/**
	 * The feature id for the '<em><b>Icon</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DROP_TOOL__ICON = TOOL__ICON;

	/**
	 * The feature id for the '<em><b>Precondition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DROP_TOOL__PRECONDITION = TOOL__PRECONDITION;

	/**
	 * The feature id for the '<em><b>Mappings</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DROP_TOOL__MAPPINGS = TOOL_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Containment Feature</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DROP_TOOL__CONTAINMENT_FEATURE = TOOL_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Drop Tool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DROP_TOOL_FEATURE_COUNT = TOOL_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Drop Tool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DROP_TOOL_OPERATION_COUNT = TOOL_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.helix.diagram.model.description.impl.AbstractTableDescriptionImpl <em>Abstract Table Description</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.diagram.model.description.impl.AbstractTableDescriptionImpl
	 * @see org.helix.diagram.model.description.impl.DescriptionPackageImpl#getAbstractTableDescription()
	 * @generated
	 */
	int ABSTRACT_TABLE_DESCRIPTION = 19;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABSTRACT_TABLE_DESCRIPTION__ID = IDENTIFIED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABSTRACT_TABLE_DESCRIPTION__LABEL = IDENTIFIED_ELEMENT__LABEL;

	/**
	 * The feature id for the '<em><b>Documentation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABSTRACT_TABLE_DESCRIPTION__DOCUMENTATION = IDENTIFIED_ELEMENT__DOCUMENTATION;

	/**
	 * The feature id for the '<em><b>Domain Class</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABSTRACT_TABLE_DESCRIPTION__DOMAIN_CLASS = IDENTIFIED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Line Domain Class</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABSTRACT_TABLE_DESCRIPTION__LINE_DOMAIN_CLASS = IDENTIFIED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Semantic Candidates</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABSTRACT_TABLE_DESCRIPTION__SEMANTIC_CANDIDATES = IDENTIFIED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Line Precondition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABSTRACT_TABLE_DESCRIPTION__LINE_PRECONDITION = IDENTIFIED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Line Label Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABSTRACT_TABLE_DESCRIPTION__LINE_LABEL_EXPRESSION = IDENTIFIED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Line Header</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABSTRACT_TABLE_DESCRIPTION__LINE_HEADER = IDENTIFIED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Line Sort Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABSTRACT_TABLE_DESCRIPTION__LINE_SORT_EXPRESSION = IDENTIFIED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Filters</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABSTRACT_TABLE_DESCRIPTION__FILTERS = IDENTIFIED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Abstract Table Description</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABSTRACT_TABLE_DESCRIPTION_FEATURE_COUNT = IDENTIFIED_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The number of operations of the '<em>Abstract Table Description</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABSTRACT_TABLE_DESCRIPTION_OPERATION_COUNT = IDENTIFIED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.helix.diagram.model.description.impl.TableDescriptionImpl <em>Table Description</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.diagram.model.description.impl.TableDescriptionImpl
	 * @see org.helix.diagram.model.description.impl.DescriptionPackageImpl#getTableDescription()
	 * @generated
	 */
	int TABLE_DESCRIPTION = 20;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TABLE_DESCRIPTION__ID = ABSTRACT_TABLE_DESCRIPTION__ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TABLE_DESCRIPTION__LABEL = ABSTRACT_TABLE_DESCRIPTION__LABEL;

	/**
	 * The feature id for the '<em><b>Documentation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TABLE_DESCRIPTION__DOCUMENTATION = ABSTRACT_TABLE_DESCRIPTION__DOCUMENTATION;

	/**
	 * The feature id for the '<em><b>Domain Class</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TABLE_DESCRIPTION__DOMAIN_CLASS = ABSTRACT_TABLE_DESCRIPTION__DOMAIN_CLASS;

	/**
	 * The feature id for the '<em><b>Line Domain Class</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TABLE_DESCRIPTION__LINE_DOMAIN_CLASS = ABSTRACT_TABLE_DESCRIPTION__LINE_DOMAIN_CLASS;

	/**
	 * The feature id for the '<em><b>Semantic Candidates</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TABLE_DESCRIPTION__SEMANTIC_CANDIDATES = ABSTRACT_TABLE_DESCRIPTION__SEMANTIC_CANDIDATES;

	/**
	 * The feature id for the '<em><b>Line Precondition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TABLE_DESCRIPTION__LINE_PRECONDITION = ABSTRACT_TABLE_DESCRIPTION__LINE_PRECONDITION;

	/**
	 * The feature id for the '<em><b>Line Label Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TABLE_DESCRIPTION__LINE_LABEL_EXPRESSION = ABSTRACT_TABLE_DESCRIPTION__LINE_LABEL_EXPRESSION;

	/**
	 * The feature id for the '<em><b>Line Header</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TABLE_DESCRIPTION__LINE_HEADER = ABSTRACT_TABLE_DESCRIPTION__LINE_HEADER;

	/**
	 * The feature id for the '<em><b>Line Sort Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TABLE_DESCRIPTION__LINE_SORT_EXPRESSION = ABSTRACT_TABLE_DESCRIPTION__LINE_SORT_EXPRESSION;

	/**
	 * The feature id for the '<em><b>Filters</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TABLE_DESCRIPTION__FILTERS = ABSTRACT_TABLE_DESCRIPTION__FILTERS;

	/**
	 * The feature id for the '<em><b>Columns</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TABLE_DESCRIPTION__COLUMNS = ABSTRACT_TABLE_DESCRIPTION_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Table Description</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TABLE_DESCRIPTION_FEATURE_COUNT = ABSTRACT_TABLE_DESCRIPTION_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Table Description</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TABLE_DESCRIPTION_OPERATION_COUNT = ABSTRACT_TABLE_DESCRIPTION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.helix.diagram.model.description.impl.ColumnMappingImpl <em>Column Mapping</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.diagram.model.description.impl.ColumnMappingImpl
	 * @see org.helix.diagram.model.description.impl.DescriptionPackageImpl#getColumnMapping()
	 * @generated
	 */
	int COLUMN_MAPPING = 21;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COLUMN_MAPPING__ID = IDENTIFIED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COLUMN_MAPPING__LABEL = IDENTIFIED_ELEMENT__LABEL;

	/**
	 * The feature id for the '<em><b>Documentation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COLUMN_MAPPING__DOCUMENTATION = IDENTIFIED_ELEMENT__DOCUMENTATION;

	/**
	 * The feature id for the '<em><b>Label Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COLUMN_MAPPING__LABEL_EXPRESSION = IDENTIFIED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Sort Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COLUMN_MAPPING__SORT_EXPRESSION = IDENTIFIED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COLUMN_MAPPING__WIDTH = IDENTIFIED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Visible By Default</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COLUMN_MAPPING__VISIBLE_BY_DEFAULT = IDENTIFIED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Align Right</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COLUMN_MAPPING__ALIGN_RIGHT = IDENTIFIED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Background Color</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COLUMN_MAPPING__BACKGROUND_COLOR = IDENTIFIED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Foreground Color</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COLUMN_MAPPING__FOREGROUND_COLOR = IDENTIFIED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Conditional Styles</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COLUMN_MAPPING__CONDITIONAL_STYLES = IDENTIFIED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Cell Editor</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COLUMN_MAPPING__CELL_EDITOR = IDENTIFIED_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The number of structural features of the '<em>Column Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COLUMN_MAPPING_FEATURE_COUNT = IDENTIFIED_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The number of operations of the '<em>Column Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COLUMN_MAPPING_OPERATION_COUNT = IDENTIFIED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.helix.diagram.model.description.impl.CellStyleImpl <em>Cell Style</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.diagram.model.description.impl.CellStyleImpl
	 * @see org.helix.diagram.model.description.impl.DescriptionPackageImpl#getCellStyle()
	 * @generated
	 */
	int CELL_STYLE = 22;

	/**
	 * The feature id for the '<em><b>Condition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CELL_STYLE__CONDITION = 0;

	/**
	 * The feature id for the '<em><b>Background Color</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CELL_STYLE__BACKGROUND_COLOR = 1;

	/**
	 * The feature id for the '<em><b>Foreground Color</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CELL_STYLE__FOREGROUND_COLOR = 2;

	/**
	 * The feature id for the '<em><b>Bold</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CELL_STYLE__BOLD = 3;

	/**
	 * The number of structural features of the '<em>Cell Style</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CELL_STYLE_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Cell Style</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CELL_STYLE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.helix.diagram.model.description.impl.CellEditorImpl <em>Cell Editor</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.diagram.model.description.impl.CellEditorImpl
	 * @see org.helix.diagram.model.description.impl.DescriptionPackageImpl#getCellEditor()
	 * @generated
	 */
	int CELL_EDITOR = 23;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CELL_EDITOR__KIND = 0;

	/**
	 * The feature id for the '<em><b>Choices Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CELL_EDITOR__CHOICES_EXPRESSION = 1;

	/**
	 * The feature id for the '<em><b>Operations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CELL_EDITOR__OPERATIONS = 2;

	/**
	 * The number of structural features of the '<em>Cell Editor</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CELL_EDITOR_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Cell Editor</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CELL_EDITOR_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.helix.diagram.model.description.impl.CrossTableDescriptionImpl <em>Cross Table Description</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.diagram.model.description.impl.CrossTableDescriptionImpl
	 * @see org.helix.diagram.model.description.impl.DescriptionPackageImpl#getCrossTableDescription()
	 * @generated
	 */
	int CROSS_TABLE_DESCRIPTION = 24;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CROSS_TABLE_DESCRIPTION__ID = ABSTRACT_TABLE_DESCRIPTION__ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CROSS_TABLE_DESCRIPTION__LABEL = ABSTRACT_TABLE_DESCRIPTION__LABEL;

	/**
	 * The feature id for the '<em><b>Documentation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CROSS_TABLE_DESCRIPTION__DOCUMENTATION = ABSTRACT_TABLE_DESCRIPTION__DOCUMENTATION;

	/**
	 * The feature id for the '<em><b>Domain Class</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CROSS_TABLE_DESCRIPTION__DOMAIN_CLASS = ABSTRACT_TABLE_DESCRIPTION__DOMAIN_CLASS;

	/**
	 * The feature id for the '<em><b>Line Domain Class</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CROSS_TABLE_DESCRIPTION__LINE_DOMAIN_CLASS = ABSTRACT_TABLE_DESCRIPTION__LINE_DOMAIN_CLASS;

	/**
	 * The feature id for the '<em><b>Semantic Candidates</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CROSS_TABLE_DESCRIPTION__SEMANTIC_CANDIDATES = ABSTRACT_TABLE_DESCRIPTION__SEMANTIC_CANDIDATES;

	/**
	 * The feature id for the '<em><b>Line Precondition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CROSS_TABLE_DESCRIPTION__LINE_PRECONDITION = ABSTRACT_TABLE_DESCRIPTION__LINE_PRECONDITION;

	/**
	 * The feature id for the '<em><b>Line Label Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CROSS_TABLE_DESCRIPTION__LINE_LABEL_EXPRESSION = ABSTRACT_TABLE_DESCRIPTION__LINE_LABEL_EXPRESSION;

	/**
	 * The feature id for the '<em><b>Line Header</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CROSS_TABLE_DESCRIPTION__LINE_HEADER = ABSTRACT_TABLE_DESCRIPTION__LINE_HEADER;

	/**
	 * The feature id for the '<em><b>Line Sort Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CROSS_TABLE_DESCRIPTION__LINE_SORT_EXPRESSION = ABSTRACT_TABLE_DESCRIPTION__LINE_SORT_EXPRESSION;

	/**
	 * The feature id for the '<em><b>Filters</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CROSS_TABLE_DESCRIPTION__FILTERS = ABSTRACT_TABLE_DESCRIPTION__FILTERS;

	/**
	 * The feature id for the '<em><b>Column Domain Class</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CROSS_TABLE_DESCRIPTION__COLUMN_DOMAIN_CLASS = ABSTRACT_TABLE_DESCRIPTION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Column Candidates</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CROSS_TABLE_DESCRIPTION__COLUMN_CANDIDATES = ABSTRACT_TABLE_DESCRIPTION_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Column Precondition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CROSS_TABLE_DESCRIPTION__COLUMN_PRECONDITION = ABSTRACT_TABLE_DESCRIPTION_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Column Label Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CROSS_TABLE_DESCRIPTION__COLUMN_LABEL_EXPRESSION = ABSTRACT_TABLE_DESCRIPTION_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Column Header Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CROSS_TABLE_DESCRIPTION__COLUMN_HEADER_EXPRESSION = ABSTRACT_TABLE_DESCRIPTION_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Column Sort Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CROSS_TABLE_DESCRIPTION__COLUMN_SORT_EXPRESSION = ABSTRACT_TABLE_DESCRIPTION_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Cell Label Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CROSS_TABLE_DESCRIPTION__CELL_LABEL_EXPRESSION = ABSTRACT_TABLE_DESCRIPTION_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Cell Export Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CROSS_TABLE_DESCRIPTION__CELL_EXPORT_EXPRESSION = ABSTRACT_TABLE_DESCRIPTION_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Cell Styles</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CROSS_TABLE_DESCRIPTION__CELL_STYLES = ABSTRACT_TABLE_DESCRIPTION_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Cell Tool</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CROSS_TABLE_DESCRIPTION__CELL_TOOL = ABSTRACT_TABLE_DESCRIPTION_FEATURE_COUNT + 9;

	/**
	 * The number of structural features of the '<em>Cross Table Description</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CROSS_TABLE_DESCRIPTION_FEATURE_COUNT = ABSTRACT_TABLE_DESCRIPTION_FEATURE_COUNT + 10;

	/**
	 * The number of operations of the '<em>Cross Table Description</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CROSS_TABLE_DESCRIPTION_OPERATION_COUNT = ABSTRACT_TABLE_DESCRIPTION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.helix.diagram.model.description.impl.CellToolImpl <em>Cell Tool</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.diagram.model.description.impl.CellToolImpl
	 * @see org.helix.diagram.model.description.impl.DescriptionPackageImpl#getCellTool()
	 * @generated
	 */
	int CELL_TOOL = 25;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CELL_TOOL__ID = IDENTIFIED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CELL_TOOL__LABEL = IDENTIFIED_ELEMENT__LABEL;

	/**
	 * The feature id for the '<em><b>Documentation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CELL_TOOL__DOCUMENTATION = IDENTIFIED_ELEMENT__DOCUMENTATION;

	/**
	 * The feature id for the '<em><b>Operations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CELL_TOOL__OPERATIONS = IDENTIFIED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Cell Tool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CELL_TOOL_FEATURE_COUNT = IDENTIFIED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Cell Tool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CELL_TOOL_OPERATION_COUNT = IDENTIFIED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.helix.diagram.model.description.impl.TableFilterImpl <em>Table Filter</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.diagram.model.description.impl.TableFilterImpl
	 * @see org.helix.diagram.model.description.impl.DescriptionPackageImpl#getTableFilter()
	 * @generated
	 */
	int TABLE_FILTER = 26;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TABLE_FILTER__ID = IDENTIFIED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TABLE_FILTER__LABEL = IDENTIFIED_ELEMENT__LABEL;

	/**
	 * The feature id for the '<em><b>Documentation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TABLE_FILTER__DOCUMENTATION = IDENTIFIED_ELEMENT__DOCUMENTATION;

	/**
	 * The feature id for the '<em><b>Condition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TABLE_FILTER__CONDITION = IDENTIFIED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Active By Default</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TABLE_FILTER__ACTIVE_BY_DEFAULT = IDENTIFIED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Table Filter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TABLE_FILTER_FEATURE_COUNT = IDENTIFIED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Table Filter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TABLE_FILTER_OPERATION_COUNT = IDENTIFIED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.helix.diagram.model.description.impl.ModelOperationImpl <em>Model Operation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.diagram.model.description.impl.ModelOperationImpl
	 * @see org.helix.diagram.model.description.impl.DescriptionPackageImpl#getModelOperation()
	 * @generated
	 */
	int MODEL_OPERATION = 27;

	/**
	 * The number of structural features of the '<em>Model Operation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_OPERATION_FEATURE_COUNT = 0;

	/**
	 * The number of operations of the '<em>Model Operation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_OPERATION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.helix.diagram.model.description.impl.SetValueImpl <em>Set Value</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.diagram.model.description.impl.SetValueImpl
	 * @see org.helix.diagram.model.description.impl.DescriptionPackageImpl#getSetValue()
	 * @generated
	 */
	int SET_VALUE = 28;

	/**
	 * The feature id for the '<em><b>Feature Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SET_VALUE__FEATURE_NAME = MODEL_OPERATION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Value Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SET_VALUE__VALUE_EXPRESSION = MODEL_OPERATION_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Element Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SET_VALUE__ELEMENT_EXPRESSION = MODEL_OPERATION_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Set Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SET_VALUE_FEATURE_COUNT = MODEL_OPERATION_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Set Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SET_VALUE_OPERATION_COUNT = MODEL_OPERATION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.helix.diagram.model.description.impl.AddValueImpl <em>Add Value</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.diagram.model.description.impl.AddValueImpl
	 * @see org.helix.diagram.model.description.impl.DescriptionPackageImpl#getAddValue()
	 * @generated
	 */
	int ADD_VALUE = 29;

	/**
	 * The feature id for the '<em><b>Feature Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADD_VALUE__FEATURE_NAME = MODEL_OPERATION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Value Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADD_VALUE__VALUE_EXPRESSION = MODEL_OPERATION_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Element Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADD_VALUE__ELEMENT_EXPRESSION = MODEL_OPERATION_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Add Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADD_VALUE_FEATURE_COUNT = MODEL_OPERATION_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Add Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADD_VALUE_OPERATION_COUNT = MODEL_OPERATION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.helix.diagram.model.description.impl.RemoveValueImpl <em>Remove Value</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.diagram.model.description.impl.RemoveValueImpl
	 * @see org.helix.diagram.model.description.impl.DescriptionPackageImpl#getRemoveValue()
	 * @generated
	 */
	int REMOVE_VALUE = 30;

	/**
	 * The feature id for the '<em><b>Feature Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REMOVE_VALUE__FEATURE_NAME = MODEL_OPERATION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Value Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REMOVE_VALUE__VALUE_EXPRESSION = MODEL_OPERATION_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Element Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REMOVE_VALUE__ELEMENT_EXPRESSION = MODEL_OPERATION_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Remove Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REMOVE_VALUE_FEATURE_COUNT = MODEL_OPERATION_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Remove Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REMOVE_VALUE_OPERATION_COUNT = MODEL_OPERATION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.helix.diagram.model.description.impl.IfImpl <em>If</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.diagram.model.description.impl.IfImpl
	 * @see org.helix.diagram.model.description.impl.DescriptionPackageImpl#getIf()
	 * @generated
	 */
	int IF = 31;

	/**
	 * The feature id for the '<em><b>Condition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IF__CONDITION = MODEL_OPERATION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Then Operations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IF__THEN_OPERATIONS = MODEL_OPERATION_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Else Operations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IF__ELSE_OPERATIONS = MODEL_OPERATION_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>If</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IF_FEATURE_COUNT = MODEL_OPERATION_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>If</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IF_OPERATION_COUNT = MODEL_OPERATION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.helix.diagram.model.description.impl.DecorationImpl <em>Decoration</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.diagram.model.description.impl.DecorationImpl
	 * @see org.helix.diagram.model.description.impl.DescriptionPackageImpl#getDecoration()
	 * @generated
	 */
	int DECORATION = 32;

	/**
	 * The feature id for the '<em><b>Condition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECORATION__CONDITION = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECORATION__KIND = 1;

	/**
	 * The feature id for the '<em><b>Tooltip Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECORATION__TOOLTIP_EXPRESSION = 2;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECORATION__LABEL = 3;

	/**
	 * The number of structural features of the '<em>Decoration</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECORATION_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Decoration</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECORATION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.helix.diagram.model.description.impl.CreateInstanceImpl <em>Create Instance</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.diagram.model.description.impl.CreateInstanceImpl
	 * @see org.helix.diagram.model.description.impl.DescriptionPackageImpl#getCreateInstance()
	 * @generated
	 */
	int CREATE_INSTANCE = 33;

	/**
	 * The feature id for the '<em><b>Type Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CREATE_INSTANCE__TYPE_NAME = MODEL_OPERATION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Reference Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CREATE_INSTANCE__REFERENCE_NAME = MODEL_OPERATION_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Element Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CREATE_INSTANCE__ELEMENT_EXPRESSION = MODEL_OPERATION_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Variable Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CREATE_INSTANCE__VARIABLE_NAME = MODEL_OPERATION_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Sub Operations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CREATE_INSTANCE__SUB_OPERATIONS = MODEL_OPERATION_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Create Instance</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CREATE_INSTANCE_FEATURE_COUNT = MODEL_OPERATION_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Create Instance</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CREATE_INSTANCE_OPERATION_COUNT = MODEL_OPERATION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.helix.diagram.model.description.impl.UnsetImpl <em>Unset</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.diagram.model.description.impl.UnsetImpl
	 * @see org.helix.diagram.model.description.impl.DescriptionPackageImpl#getUnset()
	 * @generated
	 */
	int UNSET = 34;

	/**
	 * The feature id for the '<em><b>Feature Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNSET__FEATURE_NAME = MODEL_OPERATION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Element Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNSET__ELEMENT_EXPRESSION = MODEL_OPERATION_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Unset</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNSET_FEATURE_COUNT = MODEL_OPERATION_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Unset</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNSET_OPERATION_COUNT = MODEL_OPERATION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.helix.diagram.model.description.impl.DeleteImpl <em>Delete</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.diagram.model.description.impl.DeleteImpl
	 * @see org.helix.diagram.model.description.impl.DescriptionPackageImpl#getDelete()
	 * @generated
	 */
	int DELETE = 35;

	/**
	 * The feature id for the '<em><b>Element Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELETE__ELEMENT_EXPRESSION = MODEL_OPERATION_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Delete</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELETE_FEATURE_COUNT = MODEL_OPERATION_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Delete</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELETE_OPERATION_COUNT = MODEL_OPERATION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.helix.diagram.model.description.impl.ForEachImpl <em>For Each</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.diagram.model.description.impl.ForEachImpl
	 * @see org.helix.diagram.model.description.impl.DescriptionPackageImpl#getForEach()
	 * @generated
	 */
	int FOR_EACH = 36;

	/**
	 * The feature id for the '<em><b>Collection Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOR_EACH__COLLECTION_EXPRESSION = MODEL_OPERATION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Variable Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOR_EACH__VARIABLE_NAME = MODEL_OPERATION_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Sub Operations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOR_EACH__SUB_OPERATIONS = MODEL_OPERATION_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>For Each</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOR_EACH_FEATURE_COUNT = MODEL_OPERATION_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>For Each</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOR_EACH_OPERATION_COUNT = MODEL_OPERATION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.helix.diagram.model.description.impl.LetImpl <em>Let</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.diagram.model.description.impl.LetImpl
	 * @see org.helix.diagram.model.description.impl.DescriptionPackageImpl#getLet()
	 * @generated
	 */
	int LET = 37;

	/**
	 * The feature id for the '<em><b>Variable Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LET__VARIABLE_NAME = MODEL_OPERATION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Value Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LET__VALUE_EXPRESSION = MODEL_OPERATION_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Sub Operations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LET__SUB_OPERATIONS = MODEL_OPERATION_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Let</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LET_FEATURE_COUNT = MODEL_OPERATION_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Let</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LET_OPERATION_COUNT = MODEL_OPERATION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.helix.diagram.model.description.impl.ChangeContextImpl <em>Change Context</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.diagram.model.description.impl.ChangeContextImpl
	 * @see org.helix.diagram.model.description.impl.DescriptionPackageImpl#getChangeContext()
	 * @generated
	 */
	int CHANGE_CONTEXT = 38;

	/**
	 * The feature id for the '<em><b>Browse Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANGE_CONTEXT__BROWSE_EXPRESSION = MODEL_OPERATION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Sub Operations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANGE_CONTEXT__SUB_OPERATIONS = MODEL_OPERATION_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Change Context</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANGE_CONTEXT_FEATURE_COUNT = MODEL_OPERATION_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Change Context</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANGE_CONTEXT_OPERATION_COUNT = MODEL_OPERATION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.helix.diagram.model.description.impl.OperationActionImpl <em>Operation Action</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.diagram.model.description.impl.OperationActionImpl
	 * @see org.helix.diagram.model.description.impl.DescriptionPackageImpl#getOperationAction()
	 * @generated
	 */
	int OPERATION_ACTION = 39;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATION_ACTION__ID = TOOL__ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATION_ACTION__LABEL = TOOL__LABEL;

	/**
	 * The feature id for the '<em><b>Documentation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATION_ACTION__DOCUMENTATION = TOOL__DOCUMENTATION;

	/**
	 * The feature id for the '<em><b>Icon</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATION_ACTION__ICON = TOOL__ICON;

	/**
	 * The feature id for the '<em><b>Precondition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATION_ACTION__PRECONDITION = TOOL__PRECONDITION;

	/**
	 * The feature id for the '<em><b>Mappings</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATION_ACTION__MAPPINGS = TOOL_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Operations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATION_ACTION__OPERATIONS = TOOL_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Operation Action</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATION_ACTION_FEATURE_COUNT = TOOL_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Operation Action</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATION_ACTION_OPERATION_COUNT = TOOL_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.helix.diagram.model.description.impl.ReconnectEdgeToolImpl <em>Reconnect Edge Tool</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.diagram.model.description.impl.ReconnectEdgeToolImpl
	 * @see org.helix.diagram.model.description.impl.DescriptionPackageImpl#getReconnectEdgeTool()
	 * @generated
	 */
	int RECONNECT_EDGE_TOOL = 40;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECONNECT_EDGE_TOOL__ID = TOOL__ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECONNECT_EDGE_TOOL__LABEL = TOOL__LABEL;

	/**
	 * The feature id for the '<em><b>Documentation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECONNECT_EDGE_TOOL__DOCUMENTATION = TOOL__DOCUMENTATION;

	/**
	 * The feature id for the '<em><b>Icon</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECONNECT_EDGE_TOOL__ICON = TOOL__ICON;

	/**
	 * The feature id for the '<em><b>Precondition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECONNECT_EDGE_TOOL__PRECONDITION = TOOL__PRECONDITION;

	/**
	 * The feature id for the '<em><b>Mappings</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECONNECT_EDGE_TOOL__MAPPINGS = TOOL_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Reconnection Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECONNECT_EDGE_TOOL__RECONNECTION_KIND = TOOL_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Operations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECONNECT_EDGE_TOOL__OPERATIONS = TOOL_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Reconnect Edge Tool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECONNECT_EDGE_TOOL_FEATURE_COUNT = TOOL_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Reconnect Edge Tool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECONNECT_EDGE_TOOL_OPERATION_COUNT = TOOL_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.helix.diagram.model.description.impl.ValidationRuleImpl <em>Validation Rule</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.diagram.model.description.impl.ValidationRuleImpl
	 * @see org.helix.diagram.model.description.impl.DescriptionPackageImpl#getValidationRule()
	 * @generated
	 */
	int VALIDATION_RULE = 41;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALIDATION_RULE__ID = IDENTIFIED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALIDATION_RULE__LABEL = IDENTIFIED_ELEMENT__LABEL;

	/**
	 * The feature id for the '<em><b>Documentation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALIDATION_RULE__DOCUMENTATION = IDENTIFIED_ELEMENT__DOCUMENTATION;

	/**
	 * The feature id for the '<em><b>Domain Class</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALIDATION_RULE__DOMAIN_CLASS = IDENTIFIED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Condition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALIDATION_RULE__CONDITION = IDENTIFIED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Severity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALIDATION_RULE__SEVERITY = IDENTIFIED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Message Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALIDATION_RULE__MESSAGE_EXPRESSION = IDENTIFIED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Fixes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALIDATION_RULE__FIXES = IDENTIFIED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Validation Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALIDATION_RULE_FEATURE_COUNT = IDENTIFIED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Validation Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALIDATION_RULE_OPERATION_COUNT = IDENTIFIED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.helix.diagram.model.description.impl.QuickFixImpl <em>Quick Fix</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.diagram.model.description.impl.QuickFixImpl
	 * @see org.helix.diagram.model.description.impl.DescriptionPackageImpl#getQuickFix()
	 * @generated
	 */
	int QUICK_FIX = 42;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUICK_FIX__ID = IDENTIFIED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUICK_FIX__LABEL = IDENTIFIED_ELEMENT__LABEL;

	/**
	 * The feature id for the '<em><b>Documentation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUICK_FIX__DOCUMENTATION = IDENTIFIED_ELEMENT__DOCUMENTATION;

	/**
	 * The feature id for the '<em><b>Operations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUICK_FIX__OPERATIONS = IDENTIFIED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Quick Fix</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUICK_FIX_FEATURE_COUNT = IDENTIFIED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Quick Fix</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUICK_FIX_OPERATION_COUNT = IDENTIFIED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.helix.diagram.model.description.LayoutKind <em>Layout Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.diagram.model.description.LayoutKind
	 * @see org.helix.diagram.model.description.impl.DescriptionPackageImpl#getLayoutKind()
	 * @generated
	 */
	int LAYOUT_KIND = 43;

	/**
	 * The meta object id for the '{@link org.helix.diagram.model.description.ChildrenPresentation <em>Children Presentation</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.diagram.model.description.ChildrenPresentation
	 * @see org.helix.diagram.model.description.impl.DescriptionPackageImpl#getChildrenPresentation()
	 * @generated
	 */
	int CHILDREN_PRESENTATION = 44;

	/**
	 * The meta object id for the '{@link org.helix.diagram.model.description.Shape <em>Shape</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.diagram.model.description.Shape
	 * @see org.helix.diagram.model.description.impl.DescriptionPackageImpl#getShape()
	 * @generated
	 */
	int SHAPE = 45;

	/**
	 * The meta object id for the '{@link org.helix.diagram.model.description.LineStyle <em>Line Style</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.diagram.model.description.LineStyle
	 * @see org.helix.diagram.model.description.impl.DescriptionPackageImpl#getLineStyle()
	 * @generated
	 */
	int LINE_STYLE = 46;

	/**
	 * The meta object id for the '{@link org.helix.diagram.model.description.ArrowHead <em>Arrow Head</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.diagram.model.description.ArrowHead
	 * @see org.helix.diagram.model.description.impl.DescriptionPackageImpl#getArrowHead()
	 * @generated
	 */
	int ARROW_HEAD = 47;

	/**
	 * The meta object id for the '{@link org.helix.diagram.model.description.Routing <em>Routing</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.diagram.model.description.Routing
	 * @see org.helix.diagram.model.description.impl.DescriptionPackageImpl#getRouting()
	 * @generated
	 */
	int ROUTING = 48;

	/**
	 * The meta object id for the '{@link org.helix.diagram.model.description.FilterKind <em>Filter Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.diagram.model.description.FilterKind
	 * @see org.helix.diagram.model.description.impl.DescriptionPackageImpl#getFilterKind()
	 * @generated
	 */
	int FILTER_KIND = 49;

	/**
	 * The meta object id for the '{@link org.helix.diagram.model.description.CellEditorKind <em>Cell Editor Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.diagram.model.description.CellEditorKind
	 * @see org.helix.diagram.model.description.impl.DescriptionPackageImpl#getCellEditorKind()
	 * @generated
	 */
	int CELL_EDITOR_KIND = 50;

	/**
	 * The meta object id for the '{@link org.helix.diagram.model.description.DecorationKind <em>Decoration Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.diagram.model.description.DecorationKind
	 * @see org.helix.diagram.model.description.impl.DescriptionPackageImpl#getDecorationKind()
	 * @generated
	 */
	int DECORATION_KIND = 51;

	/**
	 * The meta object id for the '{@link org.helix.diagram.model.description.ReconnectionKind <em>Reconnection Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.diagram.model.description.ReconnectionKind
	 * @see org.helix.diagram.model.description.impl.DescriptionPackageImpl#getReconnectionKind()
	 * @generated
	 */
	int RECONNECTION_KIND = 52;


	/**
	 * Returns the meta object for class '{@link org.helix.diagram.model.description.IdentifiedElement <em>Identified Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Identified Element</em>'.
	 * @see org.helix.diagram.model.description.IdentifiedElement
	 * @generated
	 */
	EClass getIdentifiedElement();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.diagram.model.description.IdentifiedElement#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.helix.diagram.model.description.IdentifiedElement#getId()
	 * @see #getIdentifiedElement()
	 * @generated
	 */
	EAttribute getIdentifiedElement_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.diagram.model.description.IdentifiedElement#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.helix.diagram.model.description.IdentifiedElement#getLabel()
	 * @see #getIdentifiedElement()
	 * @generated
	 */
	EAttribute getIdentifiedElement_Label();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.diagram.model.description.IdentifiedElement#getDocumentation <em>Documentation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Documentation</em>'.
	 * @see org.helix.diagram.model.description.IdentifiedElement#getDocumentation()
	 * @see #getIdentifiedElement()
	 * @generated
	 */
	EAttribute getIdentifiedElement_Documentation();

	/**
	 * Returns the meta object for class '{@link org.helix.diagram.model.description.Viewpoint <em>Viewpoint</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Viewpoint</em>'.
	 * @see org.helix.diagram.model.description.Viewpoint
	 * @generated
	 */
	EClass getViewpoint();

	/**
	 * Returns the meta object for the containment reference list '{@link org.helix.diagram.model.description.Viewpoint#getDiagrams <em>Diagrams</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Diagrams</em>'.
	 * @see org.helix.diagram.model.description.Viewpoint#getDiagrams()
	 * @see #getViewpoint()
	 * @generated
	 */
	EReference getViewpoint_Diagrams();

	/**
	 * Returns the meta object for the containment reference list '{@link org.helix.diagram.model.description.Viewpoint#getTables <em>Tables</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Tables</em>'.
	 * @see org.helix.diagram.model.description.Viewpoint#getTables()
	 * @see #getViewpoint()
	 * @generated
	 */
	EReference getViewpoint_Tables();

	/**
	 * Returns the meta object for the containment reference list '{@link org.helix.diagram.model.description.Viewpoint#getValidationRules <em>Validation Rules</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Validation Rules</em>'.
	 * @see org.helix.diagram.model.description.Viewpoint#getValidationRules()
	 * @see #getViewpoint()
	 * @generated
	 */
	EReference getViewpoint_ValidationRules();

	/**
	 * Returns the meta object for class '{@link org.helix.diagram.model.description.DiagramDescription <em>Diagram Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Diagram Description</em>'.
	 * @see org.helix.diagram.model.description.DiagramDescription
	 * @generated
	 */
	EClass getDiagramDescription();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.diagram.model.description.DiagramDescription#getDomainClass <em>Domain Class</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Domain Class</em>'.
	 * @see org.helix.diagram.model.description.DiagramDescription#getDomainClass()
	 * @see #getDiagramDescription()
	 * @generated
	 */
	EAttribute getDiagramDescription_DomainClass();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.diagram.model.description.DiagramDescription#getRootExpression <em>Root Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Root Expression</em>'.
	 * @see org.helix.diagram.model.description.DiagramDescription#getRootExpression()
	 * @see #getDiagramDescription()
	 * @generated
	 */
	EAttribute getDiagramDescription_RootExpression();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.diagram.model.description.DiagramDescription#getTitleExpression <em>Title Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title Expression</em>'.
	 * @see org.helix.diagram.model.description.DiagramDescription#getTitleExpression()
	 * @see #getDiagramDescription()
	 * @generated
	 */
	EAttribute getDiagramDescription_TitleExpression();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.diagram.model.description.DiagramDescription#isSynchronized <em>Synchronized</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Synchronized</em>'.
	 * @see org.helix.diagram.model.description.DiagramDescription#isSynchronized()
	 * @see #getDiagramDescription()
	 * @generated
	 */
	EAttribute getDiagramDescription_Synchronized();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.diagram.model.description.DiagramDescription#getLayout <em>Layout</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Layout</em>'.
	 * @see org.helix.diagram.model.description.DiagramDescription#getLayout()
	 * @see #getDiagramDescription()
	 * @generated
	 */
	EAttribute getDiagramDescription_Layout();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.diagram.model.description.DiagramDescription#getLayoutTopExpression <em>Layout Top Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Layout Top Expression</em>'.
	 * @see org.helix.diagram.model.description.DiagramDescription#getLayoutTopExpression()
	 * @see #getDiagramDescription()
	 * @generated
	 */
	EAttribute getDiagramDescription_LayoutTopExpression();

	/**
	 * Returns the meta object for the containment reference list '{@link org.helix.diagram.model.description.DiagramDescription#getLayers <em>Layers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Layers</em>'.
	 * @see org.helix.diagram.model.description.DiagramDescription#getLayers()
	 * @see #getDiagramDescription()
	 * @generated
	 */
	EReference getDiagramDescription_Layers();

	/**
	 * Returns the meta object for the containment reference list '{@link org.helix.diagram.model.description.DiagramDescription#getFilters <em>Filters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Filters</em>'.
	 * @see org.helix.diagram.model.description.DiagramDescription#getFilters()
	 * @see #getDiagramDescription()
	 * @generated
	 */
	EReference getDiagramDescription_Filters();

	/**
	 * Returns the meta object for class '{@link org.helix.diagram.model.description.Layer <em>Layer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Layer</em>'.
	 * @see org.helix.diagram.model.description.Layer
	 * @generated
	 */
	EClass getLayer();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.diagram.model.description.Layer#isOptional <em>Optional</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Optional</em>'.
	 * @see org.helix.diagram.model.description.Layer#isOptional()
	 * @see #getLayer()
	 * @generated
	 */
	EAttribute getLayer_Optional();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.diagram.model.description.Layer#isActiveByDefault <em>Active By Default</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Active By Default</em>'.
	 * @see org.helix.diagram.model.description.Layer#isActiveByDefault()
	 * @see #getLayer()
	 * @generated
	 */
	EAttribute getLayer_ActiveByDefault();

	/**
	 * Returns the meta object for the containment reference list '{@link org.helix.diagram.model.description.Layer#getNodeMappings <em>Node Mappings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Node Mappings</em>'.
	 * @see org.helix.diagram.model.description.Layer#getNodeMappings()
	 * @see #getLayer()
	 * @generated
	 */
	EReference getLayer_NodeMappings();

	/**
	 * Returns the meta object for the containment reference list '{@link org.helix.diagram.model.description.Layer#getEdgeMappings <em>Edge Mappings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Edge Mappings</em>'.
	 * @see org.helix.diagram.model.description.Layer#getEdgeMappings()
	 * @see #getLayer()
	 * @generated
	 */
	EReference getLayer_EdgeMappings();

	/**
	 * Returns the meta object for the containment reference list '{@link org.helix.diagram.model.description.Layer#getTools <em>Tools</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Tools</em>'.
	 * @see org.helix.diagram.model.description.Layer#getTools()
	 * @see #getLayer()
	 * @generated
	 */
	EReference getLayer_Tools();

	/**
	 * Returns the meta object for class '{@link org.helix.diagram.model.description.DiagramElementMapping <em>Diagram Element Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Diagram Element Mapping</em>'.
	 * @see org.helix.diagram.model.description.DiagramElementMapping
	 * @generated
	 */
	EClass getDiagramElementMapping();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.diagram.model.description.DiagramElementMapping#getDomainClass <em>Domain Class</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Domain Class</em>'.
	 * @see org.helix.diagram.model.description.DiagramElementMapping#getDomainClass()
	 * @see #getDiagramElementMapping()
	 * @generated
	 */
	EAttribute getDiagramElementMapping_DomainClass();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.diagram.model.description.DiagramElementMapping#getSemanticCandidates <em>Semantic Candidates</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Semantic Candidates</em>'.
	 * @see org.helix.diagram.model.description.DiagramElementMapping#getSemanticCandidates()
	 * @see #getDiagramElementMapping()
	 * @generated
	 */
	EAttribute getDiagramElementMapping_SemanticCandidates();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.diagram.model.description.DiagramElementMapping#getPrecondition <em>Precondition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Precondition</em>'.
	 * @see org.helix.diagram.model.description.DiagramElementMapping#getPrecondition()
	 * @see #getDiagramElementMapping()
	 * @generated
	 */
	EAttribute getDiagramElementMapping_Precondition();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.diagram.model.description.DiagramElementMapping#getLabelExpression <em>Label Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label Expression</em>'.
	 * @see org.helix.diagram.model.description.DiagramElementMapping#getLabelExpression()
	 * @see #getDiagramElementMapping()
	 * @generated
	 */
	EAttribute getDiagramElementMapping_LabelExpression();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.diagram.model.description.DiagramElementMapping#getIcon <em>Icon</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Icon</em>'.
	 * @see org.helix.diagram.model.description.DiagramElementMapping#getIcon()
	 * @see #getDiagramElementMapping()
	 * @generated
	 */
	EAttribute getDiagramElementMapping_Icon();

	/**
	 * Returns the meta object for the containment reference '{@link org.helix.diagram.model.description.DiagramElementMapping#getStyle <em>Style</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Style</em>'.
	 * @see org.helix.diagram.model.description.DiagramElementMapping#getStyle()
	 * @see #getDiagramElementMapping()
	 * @generated
	 */
	EReference getDiagramElementMapping_Style();

	/**
	 * Returns the meta object for the containment reference list '{@link org.helix.diagram.model.description.DiagramElementMapping#getConditionalStyles <em>Conditional Styles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Conditional Styles</em>'.
	 * @see org.helix.diagram.model.description.DiagramElementMapping#getConditionalStyles()
	 * @see #getDiagramElementMapping()
	 * @generated
	 */
	EReference getDiagramElementMapping_ConditionalStyles();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.diagram.model.description.DiagramElementMapping#getStyleProvider <em>Style Provider</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Style Provider</em>'.
	 * @see org.helix.diagram.model.description.DiagramElementMapping#getStyleProvider()
	 * @see #getDiagramElementMapping()
	 * @generated
	 */
	EAttribute getDiagramElementMapping_StyleProvider();

	/**
	 * Returns the meta object for class '{@link org.helix.diagram.model.description.NodeMapping <em>Node Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Node Mapping</em>'.
	 * @see org.helix.diagram.model.description.NodeMapping
	 * @generated
	 */
	EClass getNodeMapping();

	/**
	 * Returns the meta object for the containment reference list '{@link org.helix.diagram.model.description.NodeMapping#getDecorations <em>Decorations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Decorations</em>'.
	 * @see org.helix.diagram.model.description.NodeMapping#getDecorations()
	 * @see #getNodeMapping()
	 * @generated
	 */
	EReference getNodeMapping_Decorations();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.diagram.model.description.NodeMapping#getDoubleClickDescription <em>Double Click Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Double Click Description</em>'.
	 * @see org.helix.diagram.model.description.NodeMapping#getDoubleClickDescription()
	 * @see #getNodeMapping()
	 * @generated
	 */
	EAttribute getNodeMapping_DoubleClickDescription();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.diagram.model.description.NodeMapping#isDoubleClickEditor <em>Double Click Editor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Double Click Editor</em>'.
	 * @see org.helix.diagram.model.description.NodeMapping#isDoubleClickEditor()
	 * @see #getNodeMapping()
	 * @generated
	 */
	EAttribute getNodeMapping_DoubleClickEditor();

	/**
	 * Returns the meta object for the containment reference list '{@link org.helix.diagram.model.description.NodeMapping#getBorderedNodeMappings <em>Bordered Node Mappings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Bordered Node Mappings</em>'.
	 * @see org.helix.diagram.model.description.NodeMapping#getBorderedNodeMappings()
	 * @see #getNodeMapping()
	 * @generated
	 */
	EReference getNodeMapping_BorderedNodeMappings();

	/**
	 * Returns the meta object for class '{@link org.helix.diagram.model.description.ContainerMapping <em>Container Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Container Mapping</em>'.
	 * @see org.helix.diagram.model.description.ContainerMapping
	 * @generated
	 */
	EClass getContainerMapping();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.diagram.model.description.ContainerMapping#getChildrenPresentation <em>Children Presentation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Children Presentation</em>'.
	 * @see org.helix.diagram.model.description.ContainerMapping#getChildrenPresentation()
	 * @see #getContainerMapping()
	 * @generated
	 */
	EAttribute getContainerMapping_ChildrenPresentation();

	/**
	 * Returns the meta object for the containment reference list '{@link org.helix.diagram.model.description.ContainerMapping#getSubMappings <em>Sub Mappings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sub Mappings</em>'.
	 * @see org.helix.diagram.model.description.ContainerMapping#getSubMappings()
	 * @see #getContainerMapping()
	 * @generated
	 */
	EReference getContainerMapping_SubMappings();

	/**
	 * Returns the meta object for class '{@link org.helix.diagram.model.description.EdgeMapping <em>Edge Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Edge Mapping</em>'.
	 * @see org.helix.diagram.model.description.EdgeMapping
	 * @generated
	 */
	EClass getEdgeMapping();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.diagram.model.description.EdgeMapping#getSourceExpression <em>Source Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source Expression</em>'.
	 * @see org.helix.diagram.model.description.EdgeMapping#getSourceExpression()
	 * @see #getEdgeMapping()
	 * @generated
	 */
	EAttribute getEdgeMapping_SourceExpression();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.diagram.model.description.EdgeMapping#getTargetExpression <em>Target Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target Expression</em>'.
	 * @see org.helix.diagram.model.description.EdgeMapping#getTargetExpression()
	 * @see #getEdgeMapping()
	 * @generated
	 */
	EAttribute getEdgeMapping_TargetExpression();

	/**
	 * Returns the meta object for the reference list '{@link org.helix.diagram.model.description.EdgeMapping#getSourceMappings <em>Source Mappings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Source Mappings</em>'.
	 * @see org.helix.diagram.model.description.EdgeMapping#getSourceMappings()
	 * @see #getEdgeMapping()
	 * @generated
	 */
	EReference getEdgeMapping_SourceMappings();

	/**
	 * Returns the meta object for the reference list '{@link org.helix.diagram.model.description.EdgeMapping#getTargetMappings <em>Target Mappings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Target Mappings</em>'.
	 * @see org.helix.diagram.model.description.EdgeMapping#getTargetMappings()
	 * @see #getEdgeMapping()
	 * @generated
	 */
	EReference getEdgeMapping_TargetMappings();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.diagram.model.description.EdgeMapping#isReverseForLayout <em>Reverse For Layout</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reverse For Layout</em>'.
	 * @see org.helix.diagram.model.description.EdgeMapping#isReverseForLayout()
	 * @see #getEdgeMapping()
	 * @generated
	 */
	EAttribute getEdgeMapping_ReverseForLayout();

	/**
	 * Returns the meta object for class '{@link org.helix.diagram.model.description.Style <em>Style</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Style</em>'.
	 * @see org.helix.diagram.model.description.Style
	 * @generated
	 */
	EClass getStyle();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.diagram.model.description.Style#getLabelColor <em>Label Color</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label Color</em>'.
	 * @see org.helix.diagram.model.description.Style#getLabelColor()
	 * @see #getStyle()
	 * @generated
	 */
	EAttribute getStyle_LabelColor();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.diagram.model.description.Style#getFontName <em>Font Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Font Name</em>'.
	 * @see org.helix.diagram.model.description.Style#getFontName()
	 * @see #getStyle()
	 * @generated
	 */
	EAttribute getStyle_FontName();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.diagram.model.description.Style#getFontSize <em>Font Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Font Size</em>'.
	 * @see org.helix.diagram.model.description.Style#getFontSize()
	 * @see #getStyle()
	 * @generated
	 */
	EAttribute getStyle_FontSize();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.diagram.model.description.Style#isBold <em>Bold</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bold</em>'.
	 * @see org.helix.diagram.model.description.Style#isBold()
	 * @see #getStyle()
	 * @generated
	 */
	EAttribute getStyle_Bold();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.diagram.model.description.Style#isItalic <em>Italic</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Italic</em>'.
	 * @see org.helix.diagram.model.description.Style#isItalic()
	 * @see #getStyle()
	 * @generated
	 */
	EAttribute getStyle_Italic();

	/**
	 * Returns the meta object for class '{@link org.helix.diagram.model.description.NodeStyle <em>Node Style</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Node Style</em>'.
	 * @see org.helix.diagram.model.description.NodeStyle
	 * @generated
	 */
	EClass getNodeStyle();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.diagram.model.description.NodeStyle#getShape <em>Shape</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Shape</em>'.
	 * @see org.helix.diagram.model.description.NodeStyle#getShape()
	 * @see #getNodeStyle()
	 * @generated
	 */
	EAttribute getNodeStyle_Shape();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.diagram.model.description.NodeStyle#getFillColor <em>Fill Color</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fill Color</em>'.
	 * @see org.helix.diagram.model.description.NodeStyle#getFillColor()
	 * @see #getNodeStyle()
	 * @generated
	 */
	EAttribute getNodeStyle_FillColor();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.diagram.model.description.NodeStyle#getBorderColor <em>Border Color</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Border Color</em>'.
	 * @see org.helix.diagram.model.description.NodeStyle#getBorderColor()
	 * @see #getNodeStyle()
	 * @generated
	 */
	EAttribute getNodeStyle_BorderColor();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.diagram.model.description.NodeStyle#getBorderWidth <em>Border Width</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Border Width</em>'.
	 * @see org.helix.diagram.model.description.NodeStyle#getBorderWidth()
	 * @see #getNodeStyle()
	 * @generated
	 */
	EAttribute getNodeStyle_BorderWidth();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.diagram.model.description.NodeStyle#getBorderLineStyle <em>Border Line Style</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Border Line Style</em>'.
	 * @see org.helix.diagram.model.description.NodeStyle#getBorderLineStyle()
	 * @see #getNodeStyle()
	 * @generated
	 */
	EAttribute getNodeStyle_BorderLineStyle();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.diagram.model.description.NodeStyle#getWidth <em>Width</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Width</em>'.
	 * @see org.helix.diagram.model.description.NodeStyle#getWidth()
	 * @see #getNodeStyle()
	 * @generated
	 */
	EAttribute getNodeStyle_Width();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.diagram.model.description.NodeStyle#getHeight <em>Height</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Height</em>'.
	 * @see org.helix.diagram.model.description.NodeStyle#getHeight()
	 * @see #getNodeStyle()
	 * @generated
	 */
	EAttribute getNodeStyle_Height();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.diagram.model.description.NodeStyle#getIcon <em>Icon</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Icon</em>'.
	 * @see org.helix.diagram.model.description.NodeStyle#getIcon()
	 * @see #getNodeStyle()
	 * @generated
	 */
	EAttribute getNodeStyle_Icon();

	/**
	 * Returns the meta object for class '{@link org.helix.diagram.model.description.EdgeStyle <em>Edge Style</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Edge Style</em>'.
	 * @see org.helix.diagram.model.description.EdgeStyle
	 * @generated
	 */
	EClass getEdgeStyle();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.diagram.model.description.EdgeStyle#getColor <em>Color</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Color</em>'.
	 * @see org.helix.diagram.model.description.EdgeStyle#getColor()
	 * @see #getEdgeStyle()
	 * @generated
	 */
	EAttribute getEdgeStyle_Color();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.diagram.model.description.EdgeStyle#getWidth <em>Width</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Width</em>'.
	 * @see org.helix.diagram.model.description.EdgeStyle#getWidth()
	 * @see #getEdgeStyle()
	 * @generated
	 */
	EAttribute getEdgeStyle_Width();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.diagram.model.description.EdgeStyle#getLineStyle <em>Line Style</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Line Style</em>'.
	 * @see org.helix.diagram.model.description.EdgeStyle#getLineStyle()
	 * @see #getEdgeStyle()
	 * @generated
	 */
	EAttribute getEdgeStyle_LineStyle();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.diagram.model.description.EdgeStyle#getSourceArrow <em>Source Arrow</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source Arrow</em>'.
	 * @see org.helix.diagram.model.description.EdgeStyle#getSourceArrow()
	 * @see #getEdgeStyle()
	 * @generated
	 */
	EAttribute getEdgeStyle_SourceArrow();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.diagram.model.description.EdgeStyle#getTargetArrow <em>Target Arrow</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target Arrow</em>'.
	 * @see org.helix.diagram.model.description.EdgeStyle#getTargetArrow()
	 * @see #getEdgeStyle()
	 * @generated
	 */
	EAttribute getEdgeStyle_TargetArrow();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.diagram.model.description.EdgeStyle#getRouting <em>Routing</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Routing</em>'.
	 * @see org.helix.diagram.model.description.EdgeStyle#getRouting()
	 * @see #getEdgeStyle()
	 * @generated
	 */
	EAttribute getEdgeStyle_Routing();

	/**
	 * Returns the meta object for class '{@link org.helix.diagram.model.description.ConditionalStyle <em>Conditional Style</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Conditional Style</em>'.
	 * @see org.helix.diagram.model.description.ConditionalStyle
	 * @generated
	 */
	EClass getConditionalStyle();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.diagram.model.description.ConditionalStyle#getCondition <em>Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Condition</em>'.
	 * @see org.helix.diagram.model.description.ConditionalStyle#getCondition()
	 * @see #getConditionalStyle()
	 * @generated
	 */
	EAttribute getConditionalStyle_Condition();

	/**
	 * Returns the meta object for the containment reference '{@link org.helix.diagram.model.description.ConditionalStyle#getStyle <em>Style</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Style</em>'.
	 * @see org.helix.diagram.model.description.ConditionalStyle#getStyle()
	 * @see #getConditionalStyle()
	 * @generated
	 */
	EReference getConditionalStyle_Style();

	/**
	 * Returns the meta object for class '{@link org.helix.diagram.model.description.Filter <em>Filter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Filter</em>'.
	 * @see org.helix.diagram.model.description.Filter
	 * @generated
	 */
	EClass getFilter();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.diagram.model.description.Filter#getCondition <em>Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Condition</em>'.
	 * @see org.helix.diagram.model.description.Filter#getCondition()
	 * @see #getFilter()
	 * @generated
	 */
	EAttribute getFilter_Condition();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.diagram.model.description.Filter#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.helix.diagram.model.description.Filter#getKind()
	 * @see #getFilter()
	 * @generated
	 */
	EAttribute getFilter_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.diagram.model.description.Filter#isActiveByDefault <em>Active By Default</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Active By Default</em>'.
	 * @see org.helix.diagram.model.description.Filter#isActiveByDefault()
	 * @see #getFilter()
	 * @generated
	 */
	EAttribute getFilter_ActiveByDefault();

	/**
	 * Returns the meta object for the reference list '{@link org.helix.diagram.model.description.Filter#getMappings <em>Mappings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Mappings</em>'.
	 * @see org.helix.diagram.model.description.Filter#getMappings()
	 * @see #getFilter()
	 * @generated
	 */
	EReference getFilter_Mappings();

	/**
	 * Returns the meta object for class '{@link org.helix.diagram.model.description.Tool <em>Tool</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Tool</em>'.
	 * @see org.helix.diagram.model.description.Tool
	 * @generated
	 */
	EClass getTool();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.diagram.model.description.Tool#getIcon <em>Icon</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Icon</em>'.
	 * @see org.helix.diagram.model.description.Tool#getIcon()
	 * @see #getTool()
	 * @generated
	 */
	EAttribute getTool_Icon();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.diagram.model.description.Tool#getPrecondition <em>Precondition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Precondition</em>'.
	 * @see org.helix.diagram.model.description.Tool#getPrecondition()
	 * @see #getTool()
	 * @generated
	 */
	EAttribute getTool_Precondition();

	/**
	 * Returns the meta object for class '{@link org.helix.diagram.model.description.NodeCreationTool <em>Node Creation Tool</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Node Creation Tool</em>'.
	 * @see org.helix.diagram.model.description.NodeCreationTool
	 * @generated
	 */
	EClass getNodeCreationTool();

	/**
	 * Returns the meta object for the reference '{@link org.helix.diagram.model.description.NodeCreationTool#getMapping <em>Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Mapping</em>'.
	 * @see org.helix.diagram.model.description.NodeCreationTool#getMapping()
	 * @see #getNodeCreationTool()
	 * @generated
	 */
	EReference getNodeCreationTool_Mapping();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.diagram.model.description.NodeCreationTool#getElementClass <em>Element Class</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Element Class</em>'.
	 * @see org.helix.diagram.model.description.NodeCreationTool#getElementClass()
	 * @see #getNodeCreationTool()
	 * @generated
	 */
	EAttribute getNodeCreationTool_ElementClass();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.diagram.model.description.NodeCreationTool#getContainerExpression <em>Container Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Container Expression</em>'.
	 * @see org.helix.diagram.model.description.NodeCreationTool#getContainerExpression()
	 * @see #getNodeCreationTool()
	 * @generated
	 */
	EAttribute getNodeCreationTool_ContainerExpression();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.diagram.model.description.NodeCreationTool#getContainmentFeature <em>Containment Feature</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Containment Feature</em>'.
	 * @see org.helix.diagram.model.description.NodeCreationTool#getContainmentFeature()
	 * @see #getNodeCreationTool()
	 * @generated
	 */
	EAttribute getNodeCreationTool_ContainmentFeature();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.diagram.model.description.NodeCreationTool#getInitialName <em>Initial Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Initial Name</em>'.
	 * @see org.helix.diagram.model.description.NodeCreationTool#getInitialName()
	 * @see #getNodeCreationTool()
	 * @generated
	 */
	EAttribute getNodeCreationTool_InitialName();

	/**
	 * Returns the meta object for the containment reference list '{@link org.helix.diagram.model.description.NodeCreationTool#getOperations <em>Operations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Operations</em>'.
	 * @see org.helix.diagram.model.description.NodeCreationTool#getOperations()
	 * @see #getNodeCreationTool()
	 * @generated
	 */
	EReference getNodeCreationTool_Operations();

	/**
	 * Returns the meta object for class '{@link org.helix.diagram.model.description.EdgeCreationTool <em>Edge Creation Tool</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Edge Creation Tool</em>'.
	 * @see org.helix.diagram.model.description.EdgeCreationTool
	 * @generated
	 */
	EClass getEdgeCreationTool();

	/**
	 * Returns the meta object for the reference '{@link org.helix.diagram.model.description.EdgeCreationTool#getMapping <em>Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Mapping</em>'.
	 * @see org.helix.diagram.model.description.EdgeCreationTool#getMapping()
	 * @see #getEdgeCreationTool()
	 * @generated
	 */
	EReference getEdgeCreationTool_Mapping();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.diagram.model.description.EdgeCreationTool#getReferenceFeature <em>Reference Feature</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reference Feature</em>'.
	 * @see org.helix.diagram.model.description.EdgeCreationTool#getReferenceFeature()
	 * @see #getEdgeCreationTool()
	 * @generated
	 */
	EAttribute getEdgeCreationTool_ReferenceFeature();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.diagram.model.description.EdgeCreationTool#getElementClass <em>Element Class</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Element Class</em>'.
	 * @see org.helix.diagram.model.description.EdgeCreationTool#getElementClass()
	 * @see #getEdgeCreationTool()
	 * @generated
	 */
	EAttribute getEdgeCreationTool_ElementClass();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.diagram.model.description.EdgeCreationTool#getContainmentFeature <em>Containment Feature</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Containment Feature</em>'.
	 * @see org.helix.diagram.model.description.EdgeCreationTool#getContainmentFeature()
	 * @see #getEdgeCreationTool()
	 * @generated
	 */
	EAttribute getEdgeCreationTool_ContainmentFeature();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.diagram.model.description.EdgeCreationTool#getSourceFeature <em>Source Feature</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source Feature</em>'.
	 * @see org.helix.diagram.model.description.EdgeCreationTool#getSourceFeature()
	 * @see #getEdgeCreationTool()
	 * @generated
	 */
	EAttribute getEdgeCreationTool_SourceFeature();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.diagram.model.description.EdgeCreationTool#getTargetFeature <em>Target Feature</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target Feature</em>'.
	 * @see org.helix.diagram.model.description.EdgeCreationTool#getTargetFeature()
	 * @see #getEdgeCreationTool()
	 * @generated
	 */
	EAttribute getEdgeCreationTool_TargetFeature();

	/**
	 * Returns the meta object for the containment reference list '{@link org.helix.diagram.model.description.EdgeCreationTool#getOperations <em>Operations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Operations</em>'.
	 * @see org.helix.diagram.model.description.EdgeCreationTool#getOperations()
	 * @see #getEdgeCreationTool()
	 * @generated
	 */
	EReference getEdgeCreationTool_Operations();

	/**
	 * Returns the meta object for class '{@link org.helix.diagram.model.description.DeleteTool <em>Delete Tool</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Delete Tool</em>'.
	 * @see org.helix.diagram.model.description.DeleteTool
	 * @generated
	 */
	EClass getDeleteTool();

	/**
	 * Returns the meta object for the reference list '{@link org.helix.diagram.model.description.DeleteTool#getMappings <em>Mappings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Mappings</em>'.
	 * @see org.helix.diagram.model.description.DeleteTool#getMappings()
	 * @see #getDeleteTool()
	 * @generated
	 */
	EReference getDeleteTool_Mappings();

	/**
	 * Returns the meta object for the containment reference list '{@link org.helix.diagram.model.description.DeleteTool#getOperations <em>Operations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Operations</em>'.
	 * @see org.helix.diagram.model.description.DeleteTool#getOperations()
	 * @see #getDeleteTool()
	 * @generated
	 */
	EReference getDeleteTool_Operations();

	/**
	 * Returns the meta object for class '{@link org.helix.diagram.model.description.DirectEditTool <em>Direct Edit Tool</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Direct Edit Tool</em>'.
	 * @see org.helix.diagram.model.description.DirectEditTool
	 * @generated
	 */
	EClass getDirectEditTool();

	/**
	 * Returns the meta object for the reference list '{@link org.helix.diagram.model.description.DirectEditTool#getMappings <em>Mappings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Mappings</em>'.
	 * @see org.helix.diagram.model.description.DirectEditTool#getMappings()
	 * @see #getDirectEditTool()
	 * @generated
	 */
	EReference getDirectEditTool_Mappings();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.diagram.model.description.DirectEditTool#getFeature <em>Feature</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Feature</em>'.
	 * @see org.helix.diagram.model.description.DirectEditTool#getFeature()
	 * @see #getDirectEditTool()
	 * @generated
	 */
	EAttribute getDirectEditTool_Feature();

	/**
	 * Returns the meta object for class '{@link org.helix.diagram.model.description.DropTool <em>Drop Tool</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Drop Tool</em>'.
	 * @see org.helix.diagram.model.description.DropTool
	 * @generated
	 */
	EClass getDropTool();

	/**
	 * Returns the meta object for the reference list '{@link org.helix.diagram.model.description.DropTool#getMappings <em>Mappings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Mappings</em>'.
	 * @see org.helix.diagram.model.description.DropTool#getMappings()
	 * @see #getDropTool()
	 * @generated
	 */
	EReference getDropTool_Mappings();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.diagram.model.description.DropTool#getContainmentFeature <em>Containment Feature</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Containment Feature</em>'.
	 * @see org.helix.diagram.model.description.DropTool#getContainmentFeature()
	 * @see #getDropTool()
	 * @generated
	 */
	EAttribute getDropTool_ContainmentFeature();

	/**
	 * Returns the meta object for class '{@link org.helix.diagram.model.description.AbstractTableDescription <em>Abstract Table Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Abstract Table Description</em>'.
	 * @see org.helix.diagram.model.description.AbstractTableDescription
	 * @generated
	 */
	EClass getAbstractTableDescription();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.diagram.model.description.AbstractTableDescription#getDomainClass <em>Domain Class</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Domain Class</em>'.
	 * @see org.helix.diagram.model.description.AbstractTableDescription#getDomainClass()
	 * @see #getAbstractTableDescription()
	 * @generated
	 */
	EAttribute getAbstractTableDescription_DomainClass();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.diagram.model.description.AbstractTableDescription#getLineDomainClass <em>Line Domain Class</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Line Domain Class</em>'.
	 * @see org.helix.diagram.model.description.AbstractTableDescription#getLineDomainClass()
	 * @see #getAbstractTableDescription()
	 * @generated
	 */
	EAttribute getAbstractTableDescription_LineDomainClass();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.diagram.model.description.AbstractTableDescription#getSemanticCandidates <em>Semantic Candidates</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Semantic Candidates</em>'.
	 * @see org.helix.diagram.model.description.AbstractTableDescription#getSemanticCandidates()
	 * @see #getAbstractTableDescription()
	 * @generated
	 */
	EAttribute getAbstractTableDescription_SemanticCandidates();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.diagram.model.description.AbstractTableDescription#getLinePrecondition <em>Line Precondition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Line Precondition</em>'.
	 * @see org.helix.diagram.model.description.AbstractTableDescription#getLinePrecondition()
	 * @see #getAbstractTableDescription()
	 * @generated
	 */
	EAttribute getAbstractTableDescription_LinePrecondition();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.diagram.model.description.AbstractTableDescription#getLineLabelExpression <em>Line Label Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Line Label Expression</em>'.
	 * @see org.helix.diagram.model.description.AbstractTableDescription#getLineLabelExpression()
	 * @see #getAbstractTableDescription()
	 * @generated
	 */
	EAttribute getAbstractTableDescription_LineLabelExpression();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.diagram.model.description.AbstractTableDescription#getLineHeader <em>Line Header</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Line Header</em>'.
	 * @see org.helix.diagram.model.description.AbstractTableDescription#getLineHeader()
	 * @see #getAbstractTableDescription()
	 * @generated
	 */
	EAttribute getAbstractTableDescription_LineHeader();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.diagram.model.description.AbstractTableDescription#getLineSortExpression <em>Line Sort Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Line Sort Expression</em>'.
	 * @see org.helix.diagram.model.description.AbstractTableDescription#getLineSortExpression()
	 * @see #getAbstractTableDescription()
	 * @generated
	 */
	EAttribute getAbstractTableDescription_LineSortExpression();

	/**
	 * Returns the meta object for the containment reference list '{@link org.helix.diagram.model.description.AbstractTableDescription#getFilters <em>Filters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Filters</em>'.
	 * @see org.helix.diagram.model.description.AbstractTableDescription#getFilters()
	 * @see #getAbstractTableDescription()
	 * @generated
	 */
	EReference getAbstractTableDescription_Filters();

	/**
	 * Returns the meta object for class '{@link org.helix.diagram.model.description.TableDescription <em>Table Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Table Description</em>'.
	 * @see org.helix.diagram.model.description.TableDescription
	 * @generated
	 */
	EClass getTableDescription();

	/**
	 * Returns the meta object for the containment reference list '{@link org.helix.diagram.model.description.TableDescription#getColumns <em>Columns</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Columns</em>'.
	 * @see org.helix.diagram.model.description.TableDescription#getColumns()
	 * @see #getTableDescription()
	 * @generated
	 */
	EReference getTableDescription_Columns();

	/**
	 * Returns the meta object for class '{@link org.helix.diagram.model.description.ColumnMapping <em>Column Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Column Mapping</em>'.
	 * @see org.helix.diagram.model.description.ColumnMapping
	 * @generated
	 */
	EClass getColumnMapping();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.diagram.model.description.ColumnMapping#getLabelExpression <em>Label Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label Expression</em>'.
	 * @see org.helix.diagram.model.description.ColumnMapping#getLabelExpression()
	 * @see #getColumnMapping()
	 * @generated
	 */
	EAttribute getColumnMapping_LabelExpression();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.diagram.model.description.ColumnMapping#getSortExpression <em>Sort Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sort Expression</em>'.
	 * @see org.helix.diagram.model.description.ColumnMapping#getSortExpression()
	 * @see #getColumnMapping()
	 * @generated
	 */
	EAttribute getColumnMapping_SortExpression();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.diagram.model.description.ColumnMapping#getWidth <em>Width</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Width</em>'.
	 * @see org.helix.diagram.model.description.ColumnMapping#getWidth()
	 * @see #getColumnMapping()
	 * @generated
	 */
	EAttribute getColumnMapping_Width();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.diagram.model.description.ColumnMapping#isVisibleByDefault <em>Visible By Default</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Visible By Default</em>'.
	 * @see org.helix.diagram.model.description.ColumnMapping#isVisibleByDefault()
	 * @see #getColumnMapping()
	 * @generated
	 */
	EAttribute getColumnMapping_VisibleByDefault();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.diagram.model.description.ColumnMapping#isAlignRight <em>Align Right</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Align Right</em>'.
	 * @see org.helix.diagram.model.description.ColumnMapping#isAlignRight()
	 * @see #getColumnMapping()
	 * @generated
	 */
	EAttribute getColumnMapping_AlignRight();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.diagram.model.description.ColumnMapping#getBackgroundColor <em>Background Color</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Background Color</em>'.
	 * @see org.helix.diagram.model.description.ColumnMapping#getBackgroundColor()
	 * @see #getColumnMapping()
	 * @generated
	 */
	EAttribute getColumnMapping_BackgroundColor();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.diagram.model.description.ColumnMapping#getForegroundColor <em>Foreground Color</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Foreground Color</em>'.
	 * @see org.helix.diagram.model.description.ColumnMapping#getForegroundColor()
	 * @see #getColumnMapping()
	 * @generated
	 */
	EAttribute getColumnMapping_ForegroundColor();

	/**
	 * Returns the meta object for the containment reference list '{@link org.helix.diagram.model.description.ColumnMapping#getConditionalStyles <em>Conditional Styles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Conditional Styles</em>'.
	 * @see org.helix.diagram.model.description.ColumnMapping#getConditionalStyles()
	 * @see #getColumnMapping()
	 * @generated
	 */
	EReference getColumnMapping_ConditionalStyles();

	/**
	 * Returns the meta object for the containment reference '{@link org.helix.diagram.model.description.ColumnMapping#getCellEditor <em>Cell Editor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Cell Editor</em>'.
	 * @see org.helix.diagram.model.description.ColumnMapping#getCellEditor()
	 * @see #getColumnMapping()
	 * @generated
	 */
	EReference getColumnMapping_CellEditor();

	/**
	 * Returns the meta object for class '{@link org.helix.diagram.model.description.CellStyle <em>Cell Style</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Cell Style</em>'.
	 * @see org.helix.diagram.model.description.CellStyle
	 * @generated
	 */
	EClass getCellStyle();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.diagram.model.description.CellStyle#getCondition <em>Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Condition</em>'.
	 * @see org.helix.diagram.model.description.CellStyle#getCondition()
	 * @see #getCellStyle()
	 * @generated
	 */
	EAttribute getCellStyle_Condition();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.diagram.model.description.CellStyle#getBackgroundColor <em>Background Color</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Background Color</em>'.
	 * @see org.helix.diagram.model.description.CellStyle#getBackgroundColor()
	 * @see #getCellStyle()
	 * @generated
	 */
	EAttribute getCellStyle_BackgroundColor();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.diagram.model.description.CellStyle#getForegroundColor <em>Foreground Color</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Foreground Color</em>'.
	 * @see org.helix.diagram.model.description.CellStyle#getForegroundColor()
	 * @see #getCellStyle()
	 * @generated
	 */
	EAttribute getCellStyle_ForegroundColor();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.diagram.model.description.CellStyle#isBold <em>Bold</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bold</em>'.
	 * @see org.helix.diagram.model.description.CellStyle#isBold()
	 * @see #getCellStyle()
	 * @generated
	 */
	EAttribute getCellStyle_Bold();

	/**
	 * Returns the meta object for class '{@link org.helix.diagram.model.description.CellEditor <em>Cell Editor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Cell Editor</em>'.
	 * @see org.helix.diagram.model.description.CellEditor
	 * @generated
	 */
	EClass getCellEditor();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.diagram.model.description.CellEditor#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.helix.diagram.model.description.CellEditor#getKind()
	 * @see #getCellEditor()
	 * @generated
	 */
	EAttribute getCellEditor_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.diagram.model.description.CellEditor#getChoicesExpression <em>Choices Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Choices Expression</em>'.
	 * @see org.helix.diagram.model.description.CellEditor#getChoicesExpression()
	 * @see #getCellEditor()
	 * @generated
	 */
	EAttribute getCellEditor_ChoicesExpression();

	/**
	 * Returns the meta object for the containment reference list '{@link org.helix.diagram.model.description.CellEditor#getOperations <em>Operations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Operations</em>'.
	 * @see org.helix.diagram.model.description.CellEditor#getOperations()
	 * @see #getCellEditor()
	 * @generated
	 */
	EReference getCellEditor_Operations();

	/**
	 * Returns the meta object for class '{@link org.helix.diagram.model.description.CrossTableDescription <em>Cross Table Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Cross Table Description</em>'.
	 * @see org.helix.diagram.model.description.CrossTableDescription
	 * @generated
	 */
	EClass getCrossTableDescription();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.diagram.model.description.CrossTableDescription#getColumnDomainClass <em>Column Domain Class</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Column Domain Class</em>'.
	 * @see org.helix.diagram.model.description.CrossTableDescription#getColumnDomainClass()
	 * @see #getCrossTableDescription()
	 * @generated
	 */
	EAttribute getCrossTableDescription_ColumnDomainClass();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.diagram.model.description.CrossTableDescription#getColumnCandidates <em>Column Candidates</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Column Candidates</em>'.
	 * @see org.helix.diagram.model.description.CrossTableDescription#getColumnCandidates()
	 * @see #getCrossTableDescription()
	 * @generated
	 */
	EAttribute getCrossTableDescription_ColumnCandidates();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.diagram.model.description.CrossTableDescription#getColumnPrecondition <em>Column Precondition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Column Precondition</em>'.
	 * @see org.helix.diagram.model.description.CrossTableDescription#getColumnPrecondition()
	 * @see #getCrossTableDescription()
	 * @generated
	 */
	EAttribute getCrossTableDescription_ColumnPrecondition();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.diagram.model.description.CrossTableDescription#getColumnLabelExpression <em>Column Label Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Column Label Expression</em>'.
	 * @see org.helix.diagram.model.description.CrossTableDescription#getColumnLabelExpression()
	 * @see #getCrossTableDescription()
	 * @generated
	 */
	EAttribute getCrossTableDescription_ColumnLabelExpression();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.diagram.model.description.CrossTableDescription#getColumnHeaderExpression <em>Column Header Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Column Header Expression</em>'.
	 * @see org.helix.diagram.model.description.CrossTableDescription#getColumnHeaderExpression()
	 * @see #getCrossTableDescription()
	 * @generated
	 */
	EAttribute getCrossTableDescription_ColumnHeaderExpression();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.diagram.model.description.CrossTableDescription#getColumnSortExpression <em>Column Sort Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Column Sort Expression</em>'.
	 * @see org.helix.diagram.model.description.CrossTableDescription#getColumnSortExpression()
	 * @see #getCrossTableDescription()
	 * @generated
	 */
	EAttribute getCrossTableDescription_ColumnSortExpression();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.diagram.model.description.CrossTableDescription#getCellLabelExpression <em>Cell Label Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cell Label Expression</em>'.
	 * @see org.helix.diagram.model.description.CrossTableDescription#getCellLabelExpression()
	 * @see #getCrossTableDescription()
	 * @generated
	 */
	EAttribute getCrossTableDescription_CellLabelExpression();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.diagram.model.description.CrossTableDescription#getCellExportExpression <em>Cell Export Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cell Export Expression</em>'.
	 * @see org.helix.diagram.model.description.CrossTableDescription#getCellExportExpression()
	 * @see #getCrossTableDescription()
	 * @generated
	 */
	EAttribute getCrossTableDescription_CellExportExpression();

	/**
	 * Returns the meta object for the containment reference list '{@link org.helix.diagram.model.description.CrossTableDescription#getCellStyles <em>Cell Styles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Cell Styles</em>'.
	 * @see org.helix.diagram.model.description.CrossTableDescription#getCellStyles()
	 * @see #getCrossTableDescription()
	 * @generated
	 */
	EReference getCrossTableDescription_CellStyles();

	/**
	 * Returns the meta object for the containment reference '{@link org.helix.diagram.model.description.CrossTableDescription#getCellTool <em>Cell Tool</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Cell Tool</em>'.
	 * @see org.helix.diagram.model.description.CrossTableDescription#getCellTool()
	 * @see #getCrossTableDescription()
	 * @generated
	 */
	EReference getCrossTableDescription_CellTool();

	/**
	 * Returns the meta object for class '{@link org.helix.diagram.model.description.CellTool <em>Cell Tool</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Cell Tool</em>'.
	 * @see org.helix.diagram.model.description.CellTool
	 * @generated
	 */
	EClass getCellTool();

	/**
	 * Returns the meta object for the containment reference list '{@link org.helix.diagram.model.description.CellTool#getOperations <em>Operations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Operations</em>'.
	 * @see org.helix.diagram.model.description.CellTool#getOperations()
	 * @see #getCellTool()
	 * @generated
	 */
	EReference getCellTool_Operations();

	/**
	 * Returns the meta object for class '{@link org.helix.diagram.model.description.TableFilter <em>Table Filter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Table Filter</em>'.
	 * @see org.helix.diagram.model.description.TableFilter
	 * @generated
	 */
	EClass getTableFilter();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.diagram.model.description.TableFilter#getCondition <em>Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Condition</em>'.
	 * @see org.helix.diagram.model.description.TableFilter#getCondition()
	 * @see #getTableFilter()
	 * @generated
	 */
	EAttribute getTableFilter_Condition();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.diagram.model.description.TableFilter#isActiveByDefault <em>Active By Default</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Active By Default</em>'.
	 * @see org.helix.diagram.model.description.TableFilter#isActiveByDefault()
	 * @see #getTableFilter()
	 * @generated
	 */
	EAttribute getTableFilter_ActiveByDefault();

	/**
	 * Returns the meta object for class '{@link org.helix.diagram.model.description.ModelOperation <em>Model Operation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Model Operation</em>'.
	 * @see org.helix.diagram.model.description.ModelOperation
	 * @generated
	 */
	EClass getModelOperation();

	/**
	 * Returns the meta object for class '{@link org.helix.diagram.model.description.SetValue <em>Set Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Set Value</em>'.
	 * @see org.helix.diagram.model.description.SetValue
	 * @generated
	 */
	EClass getSetValue();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.diagram.model.description.SetValue#getFeatureName <em>Feature Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Feature Name</em>'.
	 * @see org.helix.diagram.model.description.SetValue#getFeatureName()
	 * @see #getSetValue()
	 * @generated
	 */
	EAttribute getSetValue_FeatureName();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.diagram.model.description.SetValue#getValueExpression <em>Value Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value Expression</em>'.
	 * @see org.helix.diagram.model.description.SetValue#getValueExpression()
	 * @see #getSetValue()
	 * @generated
	 */
	EAttribute getSetValue_ValueExpression();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.diagram.model.description.SetValue#getElementExpression <em>Element Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Element Expression</em>'.
	 * @see org.helix.diagram.model.description.SetValue#getElementExpression()
	 * @see #getSetValue()
	 * @generated
	 */
	EAttribute getSetValue_ElementExpression();

	/**
	 * Returns the meta object for class '{@link org.helix.diagram.model.description.AddValue <em>Add Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Add Value</em>'.
	 * @see org.helix.diagram.model.description.AddValue
	 * @generated
	 */
	EClass getAddValue();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.diagram.model.description.AddValue#getFeatureName <em>Feature Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Feature Name</em>'.
	 * @see org.helix.diagram.model.description.AddValue#getFeatureName()
	 * @see #getAddValue()
	 * @generated
	 */
	EAttribute getAddValue_FeatureName();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.diagram.model.description.AddValue#getValueExpression <em>Value Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value Expression</em>'.
	 * @see org.helix.diagram.model.description.AddValue#getValueExpression()
	 * @see #getAddValue()
	 * @generated
	 */
	EAttribute getAddValue_ValueExpression();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.diagram.model.description.AddValue#getElementExpression <em>Element Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Element Expression</em>'.
	 * @see org.helix.diagram.model.description.AddValue#getElementExpression()
	 * @see #getAddValue()
	 * @generated
	 */
	EAttribute getAddValue_ElementExpression();

	/**
	 * Returns the meta object for class '{@link org.helix.diagram.model.description.RemoveValue <em>Remove Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Remove Value</em>'.
	 * @see org.helix.diagram.model.description.RemoveValue
	 * @generated
	 */
	EClass getRemoveValue();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.diagram.model.description.RemoveValue#getFeatureName <em>Feature Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Feature Name</em>'.
	 * @see org.helix.diagram.model.description.RemoveValue#getFeatureName()
	 * @see #getRemoveValue()
	 * @generated
	 */
	EAttribute getRemoveValue_FeatureName();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.diagram.model.description.RemoveValue#getValueExpression <em>Value Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value Expression</em>'.
	 * @see org.helix.diagram.model.description.RemoveValue#getValueExpression()
	 * @see #getRemoveValue()
	 * @generated
	 */
	EAttribute getRemoveValue_ValueExpression();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.diagram.model.description.RemoveValue#getElementExpression <em>Element Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Element Expression</em>'.
	 * @see org.helix.diagram.model.description.RemoveValue#getElementExpression()
	 * @see #getRemoveValue()
	 * @generated
	 */
	EAttribute getRemoveValue_ElementExpression();

	/**
	 * Returns the meta object for class '{@link org.helix.diagram.model.description.If <em>If</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>If</em>'.
	 * @see org.helix.diagram.model.description.If
	 * @generated
	 */
	EClass getIf();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.diagram.model.description.If#getCondition <em>Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Condition</em>'.
	 * @see org.helix.diagram.model.description.If#getCondition()
	 * @see #getIf()
	 * @generated
	 */
	EAttribute getIf_Condition();

	/**
	 * Returns the meta object for the containment reference list '{@link org.helix.diagram.model.description.If#getThenOperations <em>Then Operations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Then Operations</em>'.
	 * @see org.helix.diagram.model.description.If#getThenOperations()
	 * @see #getIf()
	 * @generated
	 */
	EReference getIf_ThenOperations();

	/**
	 * Returns the meta object for the containment reference list '{@link org.helix.diagram.model.description.If#getElseOperations <em>Else Operations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Else Operations</em>'.
	 * @see org.helix.diagram.model.description.If#getElseOperations()
	 * @see #getIf()
	 * @generated
	 */
	EReference getIf_ElseOperations();

	/**
	 * Returns the meta object for class '{@link org.helix.diagram.model.description.Decoration <em>Decoration</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Decoration</em>'.
	 * @see org.helix.diagram.model.description.Decoration
	 * @generated
	 */
	EClass getDecoration();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.diagram.model.description.Decoration#getCondition <em>Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Condition</em>'.
	 * @see org.helix.diagram.model.description.Decoration#getCondition()
	 * @see #getDecoration()
	 * @generated
	 */
	EAttribute getDecoration_Condition();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.diagram.model.description.Decoration#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.helix.diagram.model.description.Decoration#getKind()
	 * @see #getDecoration()
	 * @generated
	 */
	EAttribute getDecoration_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.diagram.model.description.Decoration#getTooltipExpression <em>Tooltip Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tooltip Expression</em>'.
	 * @see org.helix.diagram.model.description.Decoration#getTooltipExpression()
	 * @see #getDecoration()
	 * @generated
	 */
	EAttribute getDecoration_TooltipExpression();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.diagram.model.description.Decoration#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.helix.diagram.model.description.Decoration#getLabel()
	 * @see #getDecoration()
	 * @generated
	 */
	EAttribute getDecoration_Label();

	/**
	 * Returns the meta object for class '{@link org.helix.diagram.model.description.CreateInstance <em>Create Instance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Create Instance</em>'.
	 * @see org.helix.diagram.model.description.CreateInstance
	 * @generated
	 */
	EClass getCreateInstance();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.diagram.model.description.CreateInstance#getTypeName <em>Type Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type Name</em>'.
	 * @see org.helix.diagram.model.description.CreateInstance#getTypeName()
	 * @see #getCreateInstance()
	 * @generated
	 */
	EAttribute getCreateInstance_TypeName();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.diagram.model.description.CreateInstance#getReferenceName <em>Reference Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reference Name</em>'.
	 * @see org.helix.diagram.model.description.CreateInstance#getReferenceName()
	 * @see #getCreateInstance()
	 * @generated
	 */
	EAttribute getCreateInstance_ReferenceName();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.diagram.model.description.CreateInstance#getElementExpression <em>Element Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Element Expression</em>'.
	 * @see org.helix.diagram.model.description.CreateInstance#getElementExpression()
	 * @see #getCreateInstance()
	 * @generated
	 */
	EAttribute getCreateInstance_ElementExpression();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.diagram.model.description.CreateInstance#getVariableName <em>Variable Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Variable Name</em>'.
	 * @see org.helix.diagram.model.description.CreateInstance#getVariableName()
	 * @see #getCreateInstance()
	 * @generated
	 */
	EAttribute getCreateInstance_VariableName();

	/**
	 * Returns the meta object for the containment reference list '{@link org.helix.diagram.model.description.CreateInstance#getSubOperations <em>Sub Operations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sub Operations</em>'.
	 * @see org.helix.diagram.model.description.CreateInstance#getSubOperations()
	 * @see #getCreateInstance()
	 * @generated
	 */
	EReference getCreateInstance_SubOperations();

	/**
	 * Returns the meta object for class '{@link org.helix.diagram.model.description.Unset <em>Unset</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Unset</em>'.
	 * @see org.helix.diagram.model.description.Unset
	 * @generated
	 */
	EClass getUnset();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.diagram.model.description.Unset#getFeatureName <em>Feature Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Feature Name</em>'.
	 * @see org.helix.diagram.model.description.Unset#getFeatureName()
	 * @see #getUnset()
	 * @generated
	 */
	EAttribute getUnset_FeatureName();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.diagram.model.description.Unset#getElementExpression <em>Element Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Element Expression</em>'.
	 * @see org.helix.diagram.model.description.Unset#getElementExpression()
	 * @see #getUnset()
	 * @generated
	 */
	EAttribute getUnset_ElementExpression();

	/**
	 * Returns the meta object for class '{@link org.helix.diagram.model.description.Delete <em>Delete</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Delete</em>'.
	 * @see org.helix.diagram.model.description.Delete
	 * @generated
	 */
	EClass getDelete();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.diagram.model.description.Delete#getElementExpression <em>Element Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Element Expression</em>'.
	 * @see org.helix.diagram.model.description.Delete#getElementExpression()
	 * @see #getDelete()
	 * @generated
	 */
	EAttribute getDelete_ElementExpression();

	/**
	 * Returns the meta object for class '{@link org.helix.diagram.model.description.ForEach <em>For Each</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>For Each</em>'.
	 * @see org.helix.diagram.model.description.ForEach
	 * @generated
	 */
	EClass getForEach();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.diagram.model.description.ForEach#getCollectionExpression <em>Collection Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Collection Expression</em>'.
	 * @see org.helix.diagram.model.description.ForEach#getCollectionExpression()
	 * @see #getForEach()
	 * @generated
	 */
	EAttribute getForEach_CollectionExpression();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.diagram.model.description.ForEach#getVariableName <em>Variable Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Variable Name</em>'.
	 * @see org.helix.diagram.model.description.ForEach#getVariableName()
	 * @see #getForEach()
	 * @generated
	 */
	EAttribute getForEach_VariableName();

	/**
	 * Returns the meta object for the containment reference list '{@link org.helix.diagram.model.description.ForEach#getSubOperations <em>Sub Operations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sub Operations</em>'.
	 * @see org.helix.diagram.model.description.ForEach#getSubOperations()
	 * @see #getForEach()
	 * @generated
	 */
	EReference getForEach_SubOperations();

	/**
	 * Returns the meta object for class '{@link org.helix.diagram.model.description.Let <em>Let</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Let</em>'.
	 * @see org.helix.diagram.model.description.Let
	 * @generated
	 */
	EClass getLet();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.diagram.model.description.Let#getVariableName <em>Variable Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Variable Name</em>'.
	 * @see org.helix.diagram.model.description.Let#getVariableName()
	 * @see #getLet()
	 * @generated
	 */
	EAttribute getLet_VariableName();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.diagram.model.description.Let#getValueExpression <em>Value Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value Expression</em>'.
	 * @see org.helix.diagram.model.description.Let#getValueExpression()
	 * @see #getLet()
	 * @generated
	 */
	EAttribute getLet_ValueExpression();

	/**
	 * Returns the meta object for the containment reference list '{@link org.helix.diagram.model.description.Let#getSubOperations <em>Sub Operations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sub Operations</em>'.
	 * @see org.helix.diagram.model.description.Let#getSubOperations()
	 * @see #getLet()
	 * @generated
	 */
	EReference getLet_SubOperations();

	/**
	 * Returns the meta object for class '{@link org.helix.diagram.model.description.ChangeContext <em>Change Context</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Change Context</em>'.
	 * @see org.helix.diagram.model.description.ChangeContext
	 * @generated
	 */
	EClass getChangeContext();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.diagram.model.description.ChangeContext#getBrowseExpression <em>Browse Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Browse Expression</em>'.
	 * @see org.helix.diagram.model.description.ChangeContext#getBrowseExpression()
	 * @see #getChangeContext()
	 * @generated
	 */
	EAttribute getChangeContext_BrowseExpression();

	/**
	 * Returns the meta object for the containment reference list '{@link org.helix.diagram.model.description.ChangeContext#getSubOperations <em>Sub Operations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sub Operations</em>'.
	 * @see org.helix.diagram.model.description.ChangeContext#getSubOperations()
	 * @see #getChangeContext()
	 * @generated
	 */
	EReference getChangeContext_SubOperations();

	/**
	 * Returns the meta object for class '{@link org.helix.diagram.model.description.OperationAction <em>Operation Action</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Operation Action</em>'.
	 * @see org.helix.diagram.model.description.OperationAction
	 * @generated
	 */
	EClass getOperationAction();

	/**
	 * Returns the meta object for the reference list '{@link org.helix.diagram.model.description.OperationAction#getMappings <em>Mappings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Mappings</em>'.
	 * @see org.helix.diagram.model.description.OperationAction#getMappings()
	 * @see #getOperationAction()
	 * @generated
	 */
	EReference getOperationAction_Mappings();

	/**
	 * Returns the meta object for the containment reference list '{@link org.helix.diagram.model.description.OperationAction#getOperations <em>Operations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Operations</em>'.
	 * @see org.helix.diagram.model.description.OperationAction#getOperations()
	 * @see #getOperationAction()
	 * @generated
	 */
	EReference getOperationAction_Operations();

	/**
	 * Returns the meta object for class '{@link org.helix.diagram.model.description.ReconnectEdgeTool <em>Reconnect Edge Tool</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Reconnect Edge Tool</em>'.
	 * @see org.helix.diagram.model.description.ReconnectEdgeTool
	 * @generated
	 */
	EClass getReconnectEdgeTool();

	/**
	 * Returns the meta object for the reference list '{@link org.helix.diagram.model.description.ReconnectEdgeTool#getMappings <em>Mappings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Mappings</em>'.
	 * @see org.helix.diagram.model.description.ReconnectEdgeTool#getMappings()
	 * @see #getReconnectEdgeTool()
	 * @generated
	 */
	EReference getReconnectEdgeTool_Mappings();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.diagram.model.description.ReconnectEdgeTool#getReconnectionKind <em>Reconnection Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reconnection Kind</em>'.
	 * @see org.helix.diagram.model.description.ReconnectEdgeTool#getReconnectionKind()
	 * @see #getReconnectEdgeTool()
	 * @generated
	 */
	EAttribute getReconnectEdgeTool_ReconnectionKind();

	/**
	 * Returns the meta object for the containment reference list '{@link org.helix.diagram.model.description.ReconnectEdgeTool#getOperations <em>Operations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Operations</em>'.
	 * @see org.helix.diagram.model.description.ReconnectEdgeTool#getOperations()
	 * @see #getReconnectEdgeTool()
	 * @generated
	 */
	EReference getReconnectEdgeTool_Operations();

	/**
	 * Returns the meta object for class '{@link org.helix.diagram.model.description.ValidationRule <em>Validation Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Validation Rule</em>'.
	 * @see org.helix.diagram.model.description.ValidationRule
	 * @generated
	 */
	EClass getValidationRule();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.diagram.model.description.ValidationRule#getDomainClass <em>Domain Class</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Domain Class</em>'.
	 * @see org.helix.diagram.model.description.ValidationRule#getDomainClass()
	 * @see #getValidationRule()
	 * @generated
	 */
	EAttribute getValidationRule_DomainClass();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.diagram.model.description.ValidationRule#getCondition <em>Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Condition</em>'.
	 * @see org.helix.diagram.model.description.ValidationRule#getCondition()
	 * @see #getValidationRule()
	 * @generated
	 */
	EAttribute getValidationRule_Condition();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.diagram.model.description.ValidationRule#getSeverity <em>Severity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Severity</em>'.
	 * @see org.helix.diagram.model.description.ValidationRule#getSeverity()
	 * @see #getValidationRule()
	 * @generated
	 */
	EAttribute getValidationRule_Severity();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.diagram.model.description.ValidationRule#getMessageExpression <em>Message Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Message Expression</em>'.
	 * @see org.helix.diagram.model.description.ValidationRule#getMessageExpression()
	 * @see #getValidationRule()
	 * @generated
	 */
	EAttribute getValidationRule_MessageExpression();

	/**
	 * Returns the meta object for the containment reference list '{@link org.helix.diagram.model.description.ValidationRule#getFixes <em>Fixes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Fixes</em>'.
	 * @see org.helix.diagram.model.description.ValidationRule#getFixes()
	 * @see #getValidationRule()
	 * @generated
	 */
	EReference getValidationRule_Fixes();

	/**
	 * Returns the meta object for class '{@link org.helix.diagram.model.description.QuickFix <em>Quick Fix</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Quick Fix</em>'.
	 * @see org.helix.diagram.model.description.QuickFix
	 * @generated
	 */
	EClass getQuickFix();

	/**
	 * Returns the meta object for the containment reference list '{@link org.helix.diagram.model.description.QuickFix#getOperations <em>Operations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Operations</em>'.
	 * @see org.helix.diagram.model.description.QuickFix#getOperations()
	 * @see #getQuickFix()
	 * @generated
	 */
	EReference getQuickFix_Operations();

	/**
	 * Returns the meta object for enum '{@link org.helix.diagram.model.description.LayoutKind <em>Layout Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Layout Kind</em>'.
	 * @see org.helix.diagram.model.description.LayoutKind
	 * @generated
	 */
	EEnum getLayoutKind();

	/**
	 * Returns the meta object for enum '{@link org.helix.diagram.model.description.ChildrenPresentation <em>Children Presentation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Children Presentation</em>'.
	 * @see org.helix.diagram.model.description.ChildrenPresentation
	 * @generated
	 */
	EEnum getChildrenPresentation();

	/**
	 * Returns the meta object for enum '{@link org.helix.diagram.model.description.Shape <em>Shape</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Shape</em>'.
	 * @see org.helix.diagram.model.description.Shape
	 * @generated
	 */
	EEnum getShape();

	/**
	 * Returns the meta object for enum '{@link org.helix.diagram.model.description.LineStyle <em>Line Style</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Line Style</em>'.
	 * @see org.helix.diagram.model.description.LineStyle
	 * @generated
	 */
	EEnum getLineStyle();

	/**
	 * Returns the meta object for enum '{@link org.helix.diagram.model.description.ArrowHead <em>Arrow Head</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Arrow Head</em>'.
	 * @see org.helix.diagram.model.description.ArrowHead
	 * @generated
	 */
	EEnum getArrowHead();

	/**
	 * Returns the meta object for enum '{@link org.helix.diagram.model.description.Routing <em>Routing</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Routing</em>'.
	 * @see org.helix.diagram.model.description.Routing
	 * @generated
	 */
	EEnum getRouting();

	/**
	 * Returns the meta object for enum '{@link org.helix.diagram.model.description.FilterKind <em>Filter Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Filter Kind</em>'.
	 * @see org.helix.diagram.model.description.FilterKind
	 * @generated
	 */
	EEnum getFilterKind();

	/**
	 * Returns the meta object for enum '{@link org.helix.diagram.model.description.CellEditorKind <em>Cell Editor Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Cell Editor Kind</em>'.
	 * @see org.helix.diagram.model.description.CellEditorKind
	 * @generated
	 */
	EEnum getCellEditorKind();

	/**
	 * Returns the meta object for enum '{@link org.helix.diagram.model.description.DecorationKind <em>Decoration Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Decoration Kind</em>'.
	 * @see org.helix.diagram.model.description.DecorationKind
	 * @generated
	 */
	EEnum getDecorationKind();

	/**
	 * Returns the meta object for enum '{@link org.helix.diagram.model.description.ReconnectionKind <em>Reconnection Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Reconnection Kind</em>'.
	 * @see org.helix.diagram.model.description.ReconnectionKind
	 * @generated
	 */
	EEnum getReconnectionKind();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	DescriptionFactory getDescriptionFactory();

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
		 * The meta object literal for the '{@link org.helix.diagram.model.description.impl.IdentifiedElementImpl <em>Identified Element</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.diagram.model.description.impl.IdentifiedElementImpl
		 * @see org.helix.diagram.model.description.impl.DescriptionPackageImpl#getIdentifiedElement()
		 * @generated
		 */
		EClass IDENTIFIED_ELEMENT = eINSTANCE.getIdentifiedElement();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IDENTIFIED_ELEMENT__ID = eINSTANCE.getIdentifiedElement_Id();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IDENTIFIED_ELEMENT__LABEL = eINSTANCE.getIdentifiedElement_Label();

		/**
		 * The meta object literal for the '<em><b>Documentation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IDENTIFIED_ELEMENT__DOCUMENTATION = eINSTANCE.getIdentifiedElement_Documentation();

		/**
		 * The meta object literal for the '{@link org.helix.diagram.model.description.impl.ViewpointImpl <em>Viewpoint</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.diagram.model.description.impl.ViewpointImpl
		 * @see org.helix.diagram.model.description.impl.DescriptionPackageImpl#getViewpoint()
		 * @generated
		 */
		EClass VIEWPOINT = eINSTANCE.getViewpoint();

		/**
		 * The meta object literal for the '<em><b>Diagrams</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VIEWPOINT__DIAGRAMS = eINSTANCE.getViewpoint_Diagrams();

		/**
		 * The meta object literal for the '<em><b>Tables</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VIEWPOINT__TABLES = eINSTANCE.getViewpoint_Tables();

		/**
		 * The meta object literal for the '<em><b>Validation Rules</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VIEWPOINT__VALIDATION_RULES = eINSTANCE.getViewpoint_ValidationRules();

		/**
		 * The meta object literal for the '{@link org.helix.diagram.model.description.impl.DiagramDescriptionImpl <em>Diagram Description</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.diagram.model.description.impl.DiagramDescriptionImpl
		 * @see org.helix.diagram.model.description.impl.DescriptionPackageImpl#getDiagramDescription()
		 * @generated
		 */
		EClass DIAGRAM_DESCRIPTION = eINSTANCE.getDiagramDescription();

		/**
		 * The meta object literal for the '<em><b>Domain Class</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM_DESCRIPTION__DOMAIN_CLASS = eINSTANCE.getDiagramDescription_DomainClass();

		/**
		 * The meta object literal for the '<em><b>Root Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM_DESCRIPTION__ROOT_EXPRESSION = eINSTANCE.getDiagramDescription_RootExpression();

		/**
		 * The meta object literal for the '<em><b>Title Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM_DESCRIPTION__TITLE_EXPRESSION = eINSTANCE.getDiagramDescription_TitleExpression();

		/**
		 * The meta object literal for the '<em><b>Synchronized</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM_DESCRIPTION__SYNCHRONIZED = eINSTANCE.getDiagramDescription_Synchronized();

		/**
		 * The meta object literal for the '<em><b>Layout</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM_DESCRIPTION__LAYOUT = eINSTANCE.getDiagramDescription_Layout();

		/**
		 * The meta object literal for the '<em><b>Layout Top Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM_DESCRIPTION__LAYOUT_TOP_EXPRESSION = eINSTANCE.getDiagramDescription_LayoutTopExpression();

		/**
		 * The meta object literal for the '<em><b>Layers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIAGRAM_DESCRIPTION__LAYERS = eINSTANCE.getDiagramDescription_Layers();

		/**
		 * The meta object literal for the '<em><b>Filters</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIAGRAM_DESCRIPTION__FILTERS = eINSTANCE.getDiagramDescription_Filters();

		/**
		 * The meta object literal for the '{@link org.helix.diagram.model.description.impl.LayerImpl <em>Layer</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.diagram.model.description.impl.LayerImpl
		 * @see org.helix.diagram.model.description.impl.DescriptionPackageImpl#getLayer()
		 * @generated
		 */
		EClass LAYER = eINSTANCE.getLayer();

		/**
		 * The meta object literal for the '<em><b>Optional</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LAYER__OPTIONAL = eINSTANCE.getLayer_Optional();

		/**
		 * The meta object literal for the '<em><b>Active By Default</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LAYER__ACTIVE_BY_DEFAULT = eINSTANCE.getLayer_ActiveByDefault();

		/**
		 * The meta object literal for the '<em><b>Node Mappings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LAYER__NODE_MAPPINGS = eINSTANCE.getLayer_NodeMappings();

		/**
		 * The meta object literal for the '<em><b>Edge Mappings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LAYER__EDGE_MAPPINGS = eINSTANCE.getLayer_EdgeMappings();

		/**
		 * The meta object literal for the '<em><b>Tools</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LAYER__TOOLS = eINSTANCE.getLayer_Tools();

		/**
		 * The meta object literal for the '{@link org.helix.diagram.model.description.impl.DiagramElementMappingImpl <em>Diagram Element Mapping</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.diagram.model.description.impl.DiagramElementMappingImpl
		 * @see org.helix.diagram.model.description.impl.DescriptionPackageImpl#getDiagramElementMapping()
		 * @generated
		 */
		EClass DIAGRAM_ELEMENT_MAPPING = eINSTANCE.getDiagramElementMapping();

		/**
		 * The meta object literal for the '<em><b>Domain Class</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM_ELEMENT_MAPPING__DOMAIN_CLASS = eINSTANCE.getDiagramElementMapping_DomainClass();

		/**
		 * The meta object literal for the '<em><b>Semantic Candidates</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM_ELEMENT_MAPPING__SEMANTIC_CANDIDATES = eINSTANCE.getDiagramElementMapping_SemanticCandidates();

		/**
		 * The meta object literal for the '<em><b>Precondition</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM_ELEMENT_MAPPING__PRECONDITION = eINSTANCE.getDiagramElementMapping_Precondition();

		/**
		 * The meta object literal for the '<em><b>Label Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM_ELEMENT_MAPPING__LABEL_EXPRESSION = eINSTANCE.getDiagramElementMapping_LabelExpression();

		/**
		 * The meta object literal for the '<em><b>Icon</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM_ELEMENT_MAPPING__ICON = eINSTANCE.getDiagramElementMapping_Icon();

		/**
		 * The meta object literal for the '<em><b>Style</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIAGRAM_ELEMENT_MAPPING__STYLE = eINSTANCE.getDiagramElementMapping_Style();

		/**
		 * The meta object literal for the '<em><b>Conditional Styles</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIAGRAM_ELEMENT_MAPPING__CONDITIONAL_STYLES = eINSTANCE.getDiagramElementMapping_ConditionalStyles();

		/**
		 * The meta object literal for the '<em><b>Style Provider</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM_ELEMENT_MAPPING__STYLE_PROVIDER = eINSTANCE.getDiagramElementMapping_StyleProvider();

		/**
		 * The meta object literal for the '{@link org.helix.diagram.model.description.impl.NodeMappingImpl <em>Node Mapping</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.diagram.model.description.impl.NodeMappingImpl
		 * @see org.helix.diagram.model.description.impl.DescriptionPackageImpl#getNodeMapping()
		 * @generated
		 */
		EClass NODE_MAPPING = eINSTANCE.getNodeMapping();

		/**
		 * The meta object literal for the '<em><b>Decorations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NODE_MAPPING__DECORATIONS = eINSTANCE.getNodeMapping_Decorations();

		/**
		 * The meta object literal for the '<em><b>Double Click Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_MAPPING__DOUBLE_CLICK_DESCRIPTION = eINSTANCE.getNodeMapping_DoubleClickDescription();

		/**
		 * The meta object literal for the '<em><b>Double Click Editor</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_MAPPING__DOUBLE_CLICK_EDITOR = eINSTANCE.getNodeMapping_DoubleClickEditor();

		/**
		 * The meta object literal for the '<em><b>Bordered Node Mappings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NODE_MAPPING__BORDERED_NODE_MAPPINGS = eINSTANCE.getNodeMapping_BorderedNodeMappings();

		/**
		 * The meta object literal for the '{@link org.helix.diagram.model.description.impl.ContainerMappingImpl <em>Container Mapping</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.diagram.model.description.impl.ContainerMappingImpl
		 * @see org.helix.diagram.model.description.impl.DescriptionPackageImpl#getContainerMapping()
		 * @generated
		 */
		EClass CONTAINER_MAPPING = eINSTANCE.getContainerMapping();

		/**
		 * The meta object literal for the '<em><b>Children Presentation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTAINER_MAPPING__CHILDREN_PRESENTATION = eINSTANCE.getContainerMapping_ChildrenPresentation();

		/**
		 * The meta object literal for the '<em><b>Sub Mappings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONTAINER_MAPPING__SUB_MAPPINGS = eINSTANCE.getContainerMapping_SubMappings();

		/**
		 * The meta object literal for the '{@link org.helix.diagram.model.description.impl.EdgeMappingImpl <em>Edge Mapping</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.diagram.model.description.impl.EdgeMappingImpl
		 * @see org.helix.diagram.model.description.impl.DescriptionPackageImpl#getEdgeMapping()
		 * @generated
		 */
		EClass EDGE_MAPPING = eINSTANCE.getEdgeMapping();

		/**
		 * The meta object literal for the '<em><b>Source Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EDGE_MAPPING__SOURCE_EXPRESSION = eINSTANCE.getEdgeMapping_SourceExpression();

		/**
		 * The meta object literal for the '<em><b>Target Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EDGE_MAPPING__TARGET_EXPRESSION = eINSTANCE.getEdgeMapping_TargetExpression();

		/**
		 * The meta object literal for the '<em><b>Source Mappings</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EDGE_MAPPING__SOURCE_MAPPINGS = eINSTANCE.getEdgeMapping_SourceMappings();

		/**
		 * The meta object literal for the '<em><b>Target Mappings</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EDGE_MAPPING__TARGET_MAPPINGS = eINSTANCE.getEdgeMapping_TargetMappings();

		/**
		 * The meta object literal for the '<em><b>Reverse For Layout</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EDGE_MAPPING__REVERSE_FOR_LAYOUT = eINSTANCE.getEdgeMapping_ReverseForLayout();

		/**
		 * The meta object literal for the '{@link org.helix.diagram.model.description.impl.StyleImpl <em>Style</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.diagram.model.description.impl.StyleImpl
		 * @see org.helix.diagram.model.description.impl.DescriptionPackageImpl#getStyle()
		 * @generated
		 */
		EClass STYLE = eINSTANCE.getStyle();

		/**
		 * The meta object literal for the '<em><b>Label Color</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STYLE__LABEL_COLOR = eINSTANCE.getStyle_LabelColor();

		/**
		 * The meta object literal for the '<em><b>Font Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STYLE__FONT_NAME = eINSTANCE.getStyle_FontName();

		/**
		 * The meta object literal for the '<em><b>Font Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STYLE__FONT_SIZE = eINSTANCE.getStyle_FontSize();

		/**
		 * The meta object literal for the '<em><b>Bold</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STYLE__BOLD = eINSTANCE.getStyle_Bold();

		/**
		 * The meta object literal for the '<em><b>Italic</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STYLE__ITALIC = eINSTANCE.getStyle_Italic();

		/**
		 * The meta object literal for the '{@link org.helix.diagram.model.description.impl.NodeStyleImpl <em>Node Style</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.diagram.model.description.impl.NodeStyleImpl
		 * @see org.helix.diagram.model.description.impl.DescriptionPackageImpl#getNodeStyle()
		 * @generated
		 */
		EClass NODE_STYLE = eINSTANCE.getNodeStyle();

		/**
		 * The meta object literal for the '<em><b>Shape</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_STYLE__SHAPE = eINSTANCE.getNodeStyle_Shape();

		/**
		 * The meta object literal for the '<em><b>Fill Color</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_STYLE__FILL_COLOR = eINSTANCE.getNodeStyle_FillColor();

		/**
		 * The meta object literal for the '<em><b>Border Color</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_STYLE__BORDER_COLOR = eINSTANCE.getNodeStyle_BorderColor();

		/**
		 * The meta object literal for the '<em><b>Border Width</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_STYLE__BORDER_WIDTH = eINSTANCE.getNodeStyle_BorderWidth();

		/**
		 * The meta object literal for the '<em><b>Border Line Style</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_STYLE__BORDER_LINE_STYLE = eINSTANCE.getNodeStyle_BorderLineStyle();

		/**
		 * The meta object literal for the '<em><b>Width</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_STYLE__WIDTH = eINSTANCE.getNodeStyle_Width();

		/**
		 * The meta object literal for the '<em><b>Height</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_STYLE__HEIGHT = eINSTANCE.getNodeStyle_Height();

		/**
		 * The meta object literal for the '<em><b>Icon</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_STYLE__ICON = eINSTANCE.getNodeStyle_Icon();

		/**
		 * The meta object literal for the '{@link org.helix.diagram.model.description.impl.EdgeStyleImpl <em>Edge Style</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.diagram.model.description.impl.EdgeStyleImpl
		 * @see org.helix.diagram.model.description.impl.DescriptionPackageImpl#getEdgeStyle()
		 * @generated
		 */
		EClass EDGE_STYLE = eINSTANCE.getEdgeStyle();

		/**
		 * The meta object literal for the '<em><b>Color</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EDGE_STYLE__COLOR = eINSTANCE.getEdgeStyle_Color();

		/**
		 * The meta object literal for the '<em><b>Width</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EDGE_STYLE__WIDTH = eINSTANCE.getEdgeStyle_Width();

		/**
		 * The meta object literal for the '<em><b>Line Style</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EDGE_STYLE__LINE_STYLE = eINSTANCE.getEdgeStyle_LineStyle();

		/**
		 * The meta object literal for the '<em><b>Source Arrow</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EDGE_STYLE__SOURCE_ARROW = eINSTANCE.getEdgeStyle_SourceArrow();

		/**
		 * The meta object literal for the '<em><b>Target Arrow</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EDGE_STYLE__TARGET_ARROW = eINSTANCE.getEdgeStyle_TargetArrow();

		/**
		 * The meta object literal for the '<em><b>Routing</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EDGE_STYLE__ROUTING = eINSTANCE.getEdgeStyle_Routing();

		/**
		 * The meta object literal for the '{@link org.helix.diagram.model.description.impl.ConditionalStyleImpl <em>Conditional Style</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.diagram.model.description.impl.ConditionalStyleImpl
		 * @see org.helix.diagram.model.description.impl.DescriptionPackageImpl#getConditionalStyle()
		 * @generated
		 */
		EClass CONDITIONAL_STYLE = eINSTANCE.getConditionalStyle();

		/**
		 * The meta object literal for the '<em><b>Condition</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONDITIONAL_STYLE__CONDITION = eINSTANCE.getConditionalStyle_Condition();

		/**
		 * The meta object literal for the '<em><b>Style</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONDITIONAL_STYLE__STYLE = eINSTANCE.getConditionalStyle_Style();

		/**
		 * The meta object literal for the '{@link org.helix.diagram.model.description.impl.FilterImpl <em>Filter</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.diagram.model.description.impl.FilterImpl
		 * @see org.helix.diagram.model.description.impl.DescriptionPackageImpl#getFilter()
		 * @generated
		 */
		EClass FILTER = eINSTANCE.getFilter();

		/**
		 * The meta object literal for the '<em><b>Condition</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILTER__CONDITION = eINSTANCE.getFilter_Condition();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILTER__KIND = eINSTANCE.getFilter_Kind();

		/**
		 * The meta object literal for the '<em><b>Active By Default</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILTER__ACTIVE_BY_DEFAULT = eINSTANCE.getFilter_ActiveByDefault();

		/**
		 * The meta object literal for the '<em><b>Mappings</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FILTER__MAPPINGS = eINSTANCE.getFilter_Mappings();

		/**
		 * The meta object literal for the '{@link org.helix.diagram.model.description.impl.ToolImpl <em>Tool</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.diagram.model.description.impl.ToolImpl
		 * @see org.helix.diagram.model.description.impl.DescriptionPackageImpl#getTool()
		 * @generated
		 */
		EClass TOOL = eINSTANCE.getTool();

		/**
		 * The meta object literal for the '<em><b>Icon</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TOOL__ICON = eINSTANCE.getTool_Icon();

		/**
		 * The meta object literal for the '<em><b>Precondition</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TOOL__PRECONDITION = eINSTANCE.getTool_Precondition();

		/**
		 * The meta object literal for the '{@link org.helix.diagram.model.description.impl.NodeCreationToolImpl <em>Node Creation Tool</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.diagram.model.description.impl.NodeCreationToolImpl
		 * @see org.helix.diagram.model.description.impl.DescriptionPackageImpl#getNodeCreationTool()
		 * @generated
		 */
		EClass NODE_CREATION_TOOL = eINSTANCE.getNodeCreationTool();

		/**
		 * The meta object literal for the '<em><b>Mapping</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NODE_CREATION_TOOL__MAPPING = eINSTANCE.getNodeCreationTool_Mapping();

		/**
		 * The meta object literal for the '<em><b>Element Class</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_CREATION_TOOL__ELEMENT_CLASS = eINSTANCE.getNodeCreationTool_ElementClass();

		/**
		 * The meta object literal for the '<em><b>Container Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_CREATION_TOOL__CONTAINER_EXPRESSION = eINSTANCE.getNodeCreationTool_ContainerExpression();

		/**
		 * The meta object literal for the '<em><b>Containment Feature</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_CREATION_TOOL__CONTAINMENT_FEATURE = eINSTANCE.getNodeCreationTool_ContainmentFeature();

		/**
		 * The meta object literal for the '<em><b>Initial Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_CREATION_TOOL__INITIAL_NAME = eINSTANCE.getNodeCreationTool_InitialName();

		/**
		 * The meta object literal for the '<em><b>Operations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NODE_CREATION_TOOL__OPERATIONS = eINSTANCE.getNodeCreationTool_Operations();

		/**
		 * The meta object literal for the '{@link org.helix.diagram.model.description.impl.EdgeCreationToolImpl <em>Edge Creation Tool</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.diagram.model.description.impl.EdgeCreationToolImpl
		 * @see org.helix.diagram.model.description.impl.DescriptionPackageImpl#getEdgeCreationTool()
		 * @generated
		 */
		EClass EDGE_CREATION_TOOL = eINSTANCE.getEdgeCreationTool();

		/**
		 * The meta object literal for the '<em><b>Mapping</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EDGE_CREATION_TOOL__MAPPING = eINSTANCE.getEdgeCreationTool_Mapping();

		/**
		 * The meta object literal for the '<em><b>Reference Feature</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EDGE_CREATION_TOOL__REFERENCE_FEATURE = eINSTANCE.getEdgeCreationTool_ReferenceFeature();

		/**
		 * The meta object literal for the '<em><b>Element Class</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EDGE_CREATION_TOOL__ELEMENT_CLASS = eINSTANCE.getEdgeCreationTool_ElementClass();

		/**
		 * The meta object literal for the '<em><b>Containment Feature</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EDGE_CREATION_TOOL__CONTAINMENT_FEATURE = eINSTANCE.getEdgeCreationTool_ContainmentFeature();

		/**
		 * The meta object literal for the '<em><b>Source Feature</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EDGE_CREATION_TOOL__SOURCE_FEATURE = eINSTANCE.getEdgeCreationTool_SourceFeature();

		/**
		 * The meta object literal for the '<em><b>Target Feature</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EDGE_CREATION_TOOL__TARGET_FEATURE = eINSTANCE.getEdgeCreationTool_TargetFeature();

		/**
		 * The meta object literal for the '<em><b>Operations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EDGE_CREATION_TOOL__OPERATIONS = eINSTANCE.getEdgeCreationTool_Operations();

		/**
		 * The meta object literal for the '{@link org.helix.diagram.model.description.impl.DeleteToolImpl <em>Delete Tool</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.diagram.model.description.impl.DeleteToolImpl
		 * @see org.helix.diagram.model.description.impl.DescriptionPackageImpl#getDeleteTool()
		 * @generated
		 */
		EClass DELETE_TOOL = eINSTANCE.getDeleteTool();

		/**
		 * The meta object literal for the '<em><b>Mappings</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DELETE_TOOL__MAPPINGS = eINSTANCE.getDeleteTool_Mappings();

		/**
		 * The meta object literal for the '<em><b>Operations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DELETE_TOOL__OPERATIONS = eINSTANCE.getDeleteTool_Operations();

		/**
		 * The meta object literal for the '{@link org.helix.diagram.model.description.impl.DirectEditToolImpl <em>Direct Edit Tool</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.diagram.model.description.impl.DirectEditToolImpl
		 * @see org.helix.diagram.model.description.impl.DescriptionPackageImpl#getDirectEditTool()
		 * @generated
		 */
		EClass DIRECT_EDIT_TOOL = eINSTANCE.getDirectEditTool();

		/**
		 * The meta object literal for the '<em><b>Mappings</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIRECT_EDIT_TOOL__MAPPINGS = eINSTANCE.getDirectEditTool_Mappings();

		/**
		 * The meta object literal for the '<em><b>Feature</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIRECT_EDIT_TOOL__FEATURE = eINSTANCE.getDirectEditTool_Feature();

		/**
		 * The meta object literal for the '{@link org.helix.diagram.model.description.impl.DropToolImpl <em>Drop Tool</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.diagram.model.description.impl.DropToolImpl
		 * @see org.helix.diagram.model.description.impl.DescriptionPackageImpl#getDropTool()
		 * @generated
		 */
		EClass DROP_TOOL = eINSTANCE.getDropTool();

		/**
		 * The meta object literal for the '<em><b>Mappings</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DROP_TOOL__MAPPINGS = eINSTANCE.getDropTool_Mappings();

		/**
		 * The meta object literal for the '<em><b>Containment Feature</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DROP_TOOL__CONTAINMENT_FEATURE = eINSTANCE.getDropTool_ContainmentFeature();

		/**
		 * The meta object literal for the '{@link org.helix.diagram.model.description.impl.AbstractTableDescriptionImpl <em>Abstract Table Description</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.diagram.model.description.impl.AbstractTableDescriptionImpl
		 * @see org.helix.diagram.model.description.impl.DescriptionPackageImpl#getAbstractTableDescription()
		 * @generated
		 */
		EClass ABSTRACT_TABLE_DESCRIPTION = eINSTANCE.getAbstractTableDescription();

		/**
		 * The meta object literal for the '<em><b>Domain Class</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ABSTRACT_TABLE_DESCRIPTION__DOMAIN_CLASS = eINSTANCE.getAbstractTableDescription_DomainClass();

		/**
		 * The meta object literal for the '<em><b>Line Domain Class</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ABSTRACT_TABLE_DESCRIPTION__LINE_DOMAIN_CLASS = eINSTANCE.getAbstractTableDescription_LineDomainClass();

		/**
		 * The meta object literal for the '<em><b>Semantic Candidates</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ABSTRACT_TABLE_DESCRIPTION__SEMANTIC_CANDIDATES = eINSTANCE.getAbstractTableDescription_SemanticCandidates();

		/**
		 * The meta object literal for the '<em><b>Line Precondition</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ABSTRACT_TABLE_DESCRIPTION__LINE_PRECONDITION = eINSTANCE.getAbstractTableDescription_LinePrecondition();

		/**
		 * The meta object literal for the '<em><b>Line Label Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ABSTRACT_TABLE_DESCRIPTION__LINE_LABEL_EXPRESSION = eINSTANCE.getAbstractTableDescription_LineLabelExpression();

		/**
		 * The meta object literal for the '<em><b>Line Header</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ABSTRACT_TABLE_DESCRIPTION__LINE_HEADER = eINSTANCE.getAbstractTableDescription_LineHeader();

		/**
		 * The meta object literal for the '<em><b>Line Sort Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ABSTRACT_TABLE_DESCRIPTION__LINE_SORT_EXPRESSION = eINSTANCE.getAbstractTableDescription_LineSortExpression();

		/**
		 * The meta object literal for the '<em><b>Filters</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ABSTRACT_TABLE_DESCRIPTION__FILTERS = eINSTANCE.getAbstractTableDescription_Filters();

		/**
		 * The meta object literal for the '{@link org.helix.diagram.model.description.impl.TableDescriptionImpl <em>Table Description</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.diagram.model.description.impl.TableDescriptionImpl
		 * @see org.helix.diagram.model.description.impl.DescriptionPackageImpl#getTableDescription()
		 * @generated
		 */
		EClass TABLE_DESCRIPTION = eINSTANCE.getTableDescription();

		/**
		 * The meta object literal for the '<em><b>Columns</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TABLE_DESCRIPTION__COLUMNS = eINSTANCE.getTableDescription_Columns();

		/**
		 * The meta object literal for the '{@link org.helix.diagram.model.description.impl.ColumnMappingImpl <em>Column Mapping</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.diagram.model.description.impl.ColumnMappingImpl
		 * @see org.helix.diagram.model.description.impl.DescriptionPackageImpl#getColumnMapping()
		 * @generated
		 */
		EClass COLUMN_MAPPING = eINSTANCE.getColumnMapping();

		/**
		 * The meta object literal for the '<em><b>Label Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COLUMN_MAPPING__LABEL_EXPRESSION = eINSTANCE.getColumnMapping_LabelExpression();

		/**
		 * The meta object literal for the '<em><b>Sort Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COLUMN_MAPPING__SORT_EXPRESSION = eINSTANCE.getColumnMapping_SortExpression();

		/**
		 * The meta object literal for the '<em><b>Width</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COLUMN_MAPPING__WIDTH = eINSTANCE.getColumnMapping_Width();

		/**
		 * The meta object literal for the '<em><b>Visible By Default</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COLUMN_MAPPING__VISIBLE_BY_DEFAULT = eINSTANCE.getColumnMapping_VisibleByDefault();

		/**
		 * The meta object literal for the '<em><b>Align Right</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COLUMN_MAPPING__ALIGN_RIGHT = eINSTANCE.getColumnMapping_AlignRight();

		/**
		 * The meta object literal for the '<em><b>Background Color</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COLUMN_MAPPING__BACKGROUND_COLOR = eINSTANCE.getColumnMapping_BackgroundColor();

		/**
		 * The meta object literal for the '<em><b>Foreground Color</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COLUMN_MAPPING__FOREGROUND_COLOR = eINSTANCE.getColumnMapping_ForegroundColor();

		/**
		 * The meta object literal for the '<em><b>Conditional Styles</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COLUMN_MAPPING__CONDITIONAL_STYLES = eINSTANCE.getColumnMapping_ConditionalStyles();

		/**
		 * The meta object literal for the '<em><b>Cell Editor</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COLUMN_MAPPING__CELL_EDITOR = eINSTANCE.getColumnMapping_CellEditor();

		/**
		 * The meta object literal for the '{@link org.helix.diagram.model.description.impl.CellStyleImpl <em>Cell Style</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.diagram.model.description.impl.CellStyleImpl
		 * @see org.helix.diagram.model.description.impl.DescriptionPackageImpl#getCellStyle()
		 * @generated
		 */
		EClass CELL_STYLE = eINSTANCE.getCellStyle();

		/**
		 * The meta object literal for the '<em><b>Condition</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CELL_STYLE__CONDITION = eINSTANCE.getCellStyle_Condition();

		/**
		 * The meta object literal for the '<em><b>Background Color</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CELL_STYLE__BACKGROUND_COLOR = eINSTANCE.getCellStyle_BackgroundColor();

		/**
		 * The meta object literal for the '<em><b>Foreground Color</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CELL_STYLE__FOREGROUND_COLOR = eINSTANCE.getCellStyle_ForegroundColor();

		/**
		 * The meta object literal for the '<em><b>Bold</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CELL_STYLE__BOLD = eINSTANCE.getCellStyle_Bold();

		/**
		 * The meta object literal for the '{@link org.helix.diagram.model.description.impl.CellEditorImpl <em>Cell Editor</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.diagram.model.description.impl.CellEditorImpl
		 * @see org.helix.diagram.model.description.impl.DescriptionPackageImpl#getCellEditor()
		 * @generated
		 */
		EClass CELL_EDITOR = eINSTANCE.getCellEditor();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CELL_EDITOR__KIND = eINSTANCE.getCellEditor_Kind();

		/**
		 * The meta object literal for the '<em><b>Choices Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CELL_EDITOR__CHOICES_EXPRESSION = eINSTANCE.getCellEditor_ChoicesExpression();

		/**
		 * The meta object literal for the '<em><b>Operations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CELL_EDITOR__OPERATIONS = eINSTANCE.getCellEditor_Operations();

		/**
		 * The meta object literal for the '{@link org.helix.diagram.model.description.impl.CrossTableDescriptionImpl <em>Cross Table Description</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.diagram.model.description.impl.CrossTableDescriptionImpl
		 * @see org.helix.diagram.model.description.impl.DescriptionPackageImpl#getCrossTableDescription()
		 * @generated
		 */
		EClass CROSS_TABLE_DESCRIPTION = eINSTANCE.getCrossTableDescription();

		/**
		 * The meta object literal for the '<em><b>Column Domain Class</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CROSS_TABLE_DESCRIPTION__COLUMN_DOMAIN_CLASS = eINSTANCE.getCrossTableDescription_ColumnDomainClass();

		/**
		 * The meta object literal for the '<em><b>Column Candidates</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CROSS_TABLE_DESCRIPTION__COLUMN_CANDIDATES = eINSTANCE.getCrossTableDescription_ColumnCandidates();

		/**
		 * The meta object literal for the '<em><b>Column Precondition</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CROSS_TABLE_DESCRIPTION__COLUMN_PRECONDITION = eINSTANCE.getCrossTableDescription_ColumnPrecondition();

		/**
		 * The meta object literal for the '<em><b>Column Label Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CROSS_TABLE_DESCRIPTION__COLUMN_LABEL_EXPRESSION = eINSTANCE.getCrossTableDescription_ColumnLabelExpression();

		/**
		 * The meta object literal for the '<em><b>Column Header Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CROSS_TABLE_DESCRIPTION__COLUMN_HEADER_EXPRESSION = eINSTANCE.getCrossTableDescription_ColumnHeaderExpression();

		/**
		 * The meta object literal for the '<em><b>Column Sort Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CROSS_TABLE_DESCRIPTION__COLUMN_SORT_EXPRESSION = eINSTANCE.getCrossTableDescription_ColumnSortExpression();

		/**
		 * The meta object literal for the '<em><b>Cell Label Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CROSS_TABLE_DESCRIPTION__CELL_LABEL_EXPRESSION = eINSTANCE.getCrossTableDescription_CellLabelExpression();

		/**
		 * The meta object literal for the '<em><b>Cell Export Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CROSS_TABLE_DESCRIPTION__CELL_EXPORT_EXPRESSION = eINSTANCE.getCrossTableDescription_CellExportExpression();

		/**
		 * The meta object literal for the '<em><b>Cell Styles</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CROSS_TABLE_DESCRIPTION__CELL_STYLES = eINSTANCE.getCrossTableDescription_CellStyles();

		/**
		 * The meta object literal for the '<em><b>Cell Tool</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CROSS_TABLE_DESCRIPTION__CELL_TOOL = eINSTANCE.getCrossTableDescription_CellTool();

		/**
		 * The meta object literal for the '{@link org.helix.diagram.model.description.impl.CellToolImpl <em>Cell Tool</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.diagram.model.description.impl.CellToolImpl
		 * @see org.helix.diagram.model.description.impl.DescriptionPackageImpl#getCellTool()
		 * @generated
		 */
		EClass CELL_TOOL = eINSTANCE.getCellTool();

		/**
		 * The meta object literal for the '<em><b>Operations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CELL_TOOL__OPERATIONS = eINSTANCE.getCellTool_Operations();

		/**
		 * The meta object literal for the '{@link org.helix.diagram.model.description.impl.TableFilterImpl <em>Table Filter</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.diagram.model.description.impl.TableFilterImpl
		 * @see org.helix.diagram.model.description.impl.DescriptionPackageImpl#getTableFilter()
		 * @generated
		 */
		EClass TABLE_FILTER = eINSTANCE.getTableFilter();

		/**
		 * The meta object literal for the '<em><b>Condition</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TABLE_FILTER__CONDITION = eINSTANCE.getTableFilter_Condition();

		/**
		 * The meta object literal for the '<em><b>Active By Default</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TABLE_FILTER__ACTIVE_BY_DEFAULT = eINSTANCE.getTableFilter_ActiveByDefault();

		/**
		 * The meta object literal for the '{@link org.helix.diagram.model.description.impl.ModelOperationImpl <em>Model Operation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.diagram.model.description.impl.ModelOperationImpl
		 * @see org.helix.diagram.model.description.impl.DescriptionPackageImpl#getModelOperation()
		 * @generated
		 */
		EClass MODEL_OPERATION = eINSTANCE.getModelOperation();

		/**
		 * The meta object literal for the '{@link org.helix.diagram.model.description.impl.SetValueImpl <em>Set Value</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.diagram.model.description.impl.SetValueImpl
		 * @see org.helix.diagram.model.description.impl.DescriptionPackageImpl#getSetValue()
		 * @generated
		 */
		EClass SET_VALUE = eINSTANCE.getSetValue();

		/**
		 * The meta object literal for the '<em><b>Feature Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SET_VALUE__FEATURE_NAME = eINSTANCE.getSetValue_FeatureName();

		/**
		 * The meta object literal for the '<em><b>Value Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SET_VALUE__VALUE_EXPRESSION = eINSTANCE.getSetValue_ValueExpression();

		/**
		 * The meta object literal for the '<em><b>Element Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SET_VALUE__ELEMENT_EXPRESSION = eINSTANCE.getSetValue_ElementExpression();

		/**
		 * The meta object literal for the '{@link org.helix.diagram.model.description.impl.AddValueImpl <em>Add Value</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.diagram.model.description.impl.AddValueImpl
		 * @see org.helix.diagram.model.description.impl.DescriptionPackageImpl#getAddValue()
		 * @generated
		 */
		EClass ADD_VALUE = eINSTANCE.getAddValue();

		/**
		 * The meta object literal for the '<em><b>Feature Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADD_VALUE__FEATURE_NAME = eINSTANCE.getAddValue_FeatureName();

		/**
		 * The meta object literal for the '<em><b>Value Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADD_VALUE__VALUE_EXPRESSION = eINSTANCE.getAddValue_ValueExpression();

		/**
		 * The meta object literal for the '<em><b>Element Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADD_VALUE__ELEMENT_EXPRESSION = eINSTANCE.getAddValue_ElementExpression();

		/**
		 * The meta object literal for the '{@link org.helix.diagram.model.description.impl.RemoveValueImpl <em>Remove Value</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.diagram.model.description.impl.RemoveValueImpl
		 * @see org.helix.diagram.model.description.impl.DescriptionPackageImpl#getRemoveValue()
		 * @generated
		 */
		EClass REMOVE_VALUE = eINSTANCE.getRemoveValue();

		/**
		 * The meta object literal for the '<em><b>Feature Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REMOVE_VALUE__FEATURE_NAME = eINSTANCE.getRemoveValue_FeatureName();

		/**
		 * The meta object literal for the '<em><b>Value Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REMOVE_VALUE__VALUE_EXPRESSION = eINSTANCE.getRemoveValue_ValueExpression();

		/**
		 * The meta object literal for the '<em><b>Element Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REMOVE_VALUE__ELEMENT_EXPRESSION = eINSTANCE.getRemoveValue_ElementExpression();

		/**
		 * The meta object literal for the '{@link org.helix.diagram.model.description.impl.IfImpl <em>If</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.diagram.model.description.impl.IfImpl
		 * @see org.helix.diagram.model.description.impl.DescriptionPackageImpl#getIf()
		 * @generated
		 */
		EClass IF = eINSTANCE.getIf();

		/**
		 * The meta object literal for the '<em><b>Condition</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IF__CONDITION = eINSTANCE.getIf_Condition();

		/**
		 * The meta object literal for the '<em><b>Then Operations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference IF__THEN_OPERATIONS = eINSTANCE.getIf_ThenOperations();

		/**
		 * The meta object literal for the '<em><b>Else Operations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference IF__ELSE_OPERATIONS = eINSTANCE.getIf_ElseOperations();

		/**
		 * The meta object literal for the '{@link org.helix.diagram.model.description.impl.DecorationImpl <em>Decoration</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.diagram.model.description.impl.DecorationImpl
		 * @see org.helix.diagram.model.description.impl.DescriptionPackageImpl#getDecoration()
		 * @generated
		 */
		EClass DECORATION = eINSTANCE.getDecoration();

		/**
		 * The meta object literal for the '<em><b>Condition</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DECORATION__CONDITION = eINSTANCE.getDecoration_Condition();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DECORATION__KIND = eINSTANCE.getDecoration_Kind();

		/**
		 * The meta object literal for the '<em><b>Tooltip Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DECORATION__TOOLTIP_EXPRESSION = eINSTANCE.getDecoration_TooltipExpression();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DECORATION__LABEL = eINSTANCE.getDecoration_Label();

		/**
		 * The meta object literal for the '{@link org.helix.diagram.model.description.impl.CreateInstanceImpl <em>Create Instance</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.diagram.model.description.impl.CreateInstanceImpl
		 * @see org.helix.diagram.model.description.impl.DescriptionPackageImpl#getCreateInstance()
		 * @generated
		 */
		EClass CREATE_INSTANCE = eINSTANCE.getCreateInstance();

		/**
		 * The meta object literal for the '<em><b>Type Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CREATE_INSTANCE__TYPE_NAME = eINSTANCE.getCreateInstance_TypeName();

		/**
		 * The meta object literal for the '<em><b>Reference Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CREATE_INSTANCE__REFERENCE_NAME = eINSTANCE.getCreateInstance_ReferenceName();

		/**
		 * The meta object literal for the '<em><b>Element Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CREATE_INSTANCE__ELEMENT_EXPRESSION = eINSTANCE.getCreateInstance_ElementExpression();

		/**
		 * The meta object literal for the '<em><b>Variable Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CREATE_INSTANCE__VARIABLE_NAME = eINSTANCE.getCreateInstance_VariableName();

		/**
		 * The meta object literal for the '<em><b>Sub Operations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CREATE_INSTANCE__SUB_OPERATIONS = eINSTANCE.getCreateInstance_SubOperations();

		/**
		 * The meta object literal for the '{@link org.helix.diagram.model.description.impl.UnsetImpl <em>Unset</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.diagram.model.description.impl.UnsetImpl
		 * @see org.helix.diagram.model.description.impl.DescriptionPackageImpl#getUnset()
		 * @generated
		 */
		EClass UNSET = eINSTANCE.getUnset();

		/**
		 * The meta object literal for the '<em><b>Feature Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UNSET__FEATURE_NAME = eINSTANCE.getUnset_FeatureName();

		/**
		 * The meta object literal for the '<em><b>Element Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UNSET__ELEMENT_EXPRESSION = eINSTANCE.getUnset_ElementExpression();

		/**
		 * The meta object literal for the '{@link org.helix.diagram.model.description.impl.DeleteImpl <em>Delete</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.diagram.model.description.impl.DeleteImpl
		 * @see org.helix.diagram.model.description.impl.DescriptionPackageImpl#getDelete()
		 * @generated
		 */
		EClass DELETE = eINSTANCE.getDelete();

		/**
		 * The meta object literal for the '<em><b>Element Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DELETE__ELEMENT_EXPRESSION = eINSTANCE.getDelete_ElementExpression();

		/**
		 * The meta object literal for the '{@link org.helix.diagram.model.description.impl.ForEachImpl <em>For Each</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.diagram.model.description.impl.ForEachImpl
		 * @see org.helix.diagram.model.description.impl.DescriptionPackageImpl#getForEach()
		 * @generated
		 */
		EClass FOR_EACH = eINSTANCE.getForEach();

		/**
		 * The meta object literal for the '<em><b>Collection Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FOR_EACH__COLLECTION_EXPRESSION = eINSTANCE.getForEach_CollectionExpression();

		/**
		 * The meta object literal for the '<em><b>Variable Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FOR_EACH__VARIABLE_NAME = eINSTANCE.getForEach_VariableName();

		/**
		 * The meta object literal for the '<em><b>Sub Operations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FOR_EACH__SUB_OPERATIONS = eINSTANCE.getForEach_SubOperations();

		/**
		 * The meta object literal for the '{@link org.helix.diagram.model.description.impl.LetImpl <em>Let</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.diagram.model.description.impl.LetImpl
		 * @see org.helix.diagram.model.description.impl.DescriptionPackageImpl#getLet()
		 * @generated
		 */
		EClass LET = eINSTANCE.getLet();

		/**
		 * The meta object literal for the '<em><b>Variable Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LET__VARIABLE_NAME = eINSTANCE.getLet_VariableName();

		/**
		 * The meta object literal for the '<em><b>Value Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LET__VALUE_EXPRESSION = eINSTANCE.getLet_ValueExpression();

		/**
		 * The meta object literal for the '<em><b>Sub Operations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LET__SUB_OPERATIONS = eINSTANCE.getLet_SubOperations();

		/**
		 * The meta object literal for the '{@link org.helix.diagram.model.description.impl.ChangeContextImpl <em>Change Context</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.diagram.model.description.impl.ChangeContextImpl
		 * @see org.helix.diagram.model.description.impl.DescriptionPackageImpl#getChangeContext()
		 * @generated
		 */
		EClass CHANGE_CONTEXT = eINSTANCE.getChangeContext();

		/**
		 * The meta object literal for the '<em><b>Browse Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANGE_CONTEXT__BROWSE_EXPRESSION = eINSTANCE.getChangeContext_BrowseExpression();

		/**
		 * The meta object literal for the '<em><b>Sub Operations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CHANGE_CONTEXT__SUB_OPERATIONS = eINSTANCE.getChangeContext_SubOperations();

		/**
		 * The meta object literal for the '{@link org.helix.diagram.model.description.impl.OperationActionImpl <em>Operation Action</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.diagram.model.description.impl.OperationActionImpl
		 * @see org.helix.diagram.model.description.impl.DescriptionPackageImpl#getOperationAction()
		 * @generated
		 */
		EClass OPERATION_ACTION = eINSTANCE.getOperationAction();

		/**
		 * The meta object literal for the '<em><b>Mappings</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OPERATION_ACTION__MAPPINGS = eINSTANCE.getOperationAction_Mappings();

		/**
		 * The meta object literal for the '<em><b>Operations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OPERATION_ACTION__OPERATIONS = eINSTANCE.getOperationAction_Operations();

		/**
		 * The meta object literal for the '{@link org.helix.diagram.model.description.impl.ReconnectEdgeToolImpl <em>Reconnect Edge Tool</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.diagram.model.description.impl.ReconnectEdgeToolImpl
		 * @see org.helix.diagram.model.description.impl.DescriptionPackageImpl#getReconnectEdgeTool()
		 * @generated
		 */
		EClass RECONNECT_EDGE_TOOL = eINSTANCE.getReconnectEdgeTool();

		/**
		 * The meta object literal for the '<em><b>Mappings</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RECONNECT_EDGE_TOOL__MAPPINGS = eINSTANCE.getReconnectEdgeTool_Mappings();

		/**
		 * The meta object literal for the '<em><b>Reconnection Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECONNECT_EDGE_TOOL__RECONNECTION_KIND = eINSTANCE.getReconnectEdgeTool_ReconnectionKind();

		/**
		 * The meta object literal for the '<em><b>Operations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RECONNECT_EDGE_TOOL__OPERATIONS = eINSTANCE.getReconnectEdgeTool_Operations();

		/**
		 * The meta object literal for the '{@link org.helix.diagram.model.description.impl.ValidationRuleImpl <em>Validation Rule</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.diagram.model.description.impl.ValidationRuleImpl
		 * @see org.helix.diagram.model.description.impl.DescriptionPackageImpl#getValidationRule()
		 * @generated
		 */
		EClass VALIDATION_RULE = eINSTANCE.getValidationRule();

		/**
		 * The meta object literal for the '<em><b>Domain Class</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VALIDATION_RULE__DOMAIN_CLASS = eINSTANCE.getValidationRule_DomainClass();

		/**
		 * The meta object literal for the '<em><b>Condition</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VALIDATION_RULE__CONDITION = eINSTANCE.getValidationRule_Condition();

		/**
		 * The meta object literal for the '<em><b>Severity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VALIDATION_RULE__SEVERITY = eINSTANCE.getValidationRule_Severity();

		/**
		 * The meta object literal for the '<em><b>Message Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VALIDATION_RULE__MESSAGE_EXPRESSION = eINSTANCE.getValidationRule_MessageExpression();

		/**
		 * The meta object literal for the '<em><b>Fixes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VALIDATION_RULE__FIXES = eINSTANCE.getValidationRule_Fixes();

		/**
		 * The meta object literal for the '{@link org.helix.diagram.model.description.impl.QuickFixImpl <em>Quick Fix</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.diagram.model.description.impl.QuickFixImpl
		 * @see org.helix.diagram.model.description.impl.DescriptionPackageImpl#getQuickFix()
		 * @generated
		 */
		EClass QUICK_FIX = eINSTANCE.getQuickFix();

		/**
		 * The meta object literal for the '<em><b>Operations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference QUICK_FIX__OPERATIONS = eINSTANCE.getQuickFix_Operations();

		/**
		 * The meta object literal for the '{@link org.helix.diagram.model.description.LayoutKind <em>Layout Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.diagram.model.description.LayoutKind
		 * @see org.helix.diagram.model.description.impl.DescriptionPackageImpl#getLayoutKind()
		 * @generated
		 */
		EEnum LAYOUT_KIND = eINSTANCE.getLayoutKind();

		/**
		 * The meta object literal for the '{@link org.helix.diagram.model.description.ChildrenPresentation <em>Children Presentation</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.diagram.model.description.ChildrenPresentation
		 * @see org.helix.diagram.model.description.impl.DescriptionPackageImpl#getChildrenPresentation()
		 * @generated
		 */
		EEnum CHILDREN_PRESENTATION = eINSTANCE.getChildrenPresentation();

		/**
		 * The meta object literal for the '{@link org.helix.diagram.model.description.Shape <em>Shape</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.diagram.model.description.Shape
		 * @see org.helix.diagram.model.description.impl.DescriptionPackageImpl#getShape()
		 * @generated
		 */
		EEnum SHAPE = eINSTANCE.getShape();

		/**
		 * The meta object literal for the '{@link org.helix.diagram.model.description.LineStyle <em>Line Style</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.diagram.model.description.LineStyle
		 * @see org.helix.diagram.model.description.impl.DescriptionPackageImpl#getLineStyle()
		 * @generated
		 */
		EEnum LINE_STYLE = eINSTANCE.getLineStyle();

		/**
		 * The meta object literal for the '{@link org.helix.diagram.model.description.ArrowHead <em>Arrow Head</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.diagram.model.description.ArrowHead
		 * @see org.helix.diagram.model.description.impl.DescriptionPackageImpl#getArrowHead()
		 * @generated
		 */
		EEnum ARROW_HEAD = eINSTANCE.getArrowHead();

		/**
		 * The meta object literal for the '{@link org.helix.diagram.model.description.Routing <em>Routing</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.diagram.model.description.Routing
		 * @see org.helix.diagram.model.description.impl.DescriptionPackageImpl#getRouting()
		 * @generated
		 */
		EEnum ROUTING = eINSTANCE.getRouting();

		/**
		 * The meta object literal for the '{@link org.helix.diagram.model.description.FilterKind <em>Filter Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.diagram.model.description.FilterKind
		 * @see org.helix.diagram.model.description.impl.DescriptionPackageImpl#getFilterKind()
		 * @generated
		 */
		EEnum FILTER_KIND = eINSTANCE.getFilterKind();

		/**
		 * The meta object literal for the '{@link org.helix.diagram.model.description.CellEditorKind <em>Cell Editor Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.diagram.model.description.CellEditorKind
		 * @see org.helix.diagram.model.description.impl.DescriptionPackageImpl#getCellEditorKind()
		 * @generated
		 */
		EEnum CELL_EDITOR_KIND = eINSTANCE.getCellEditorKind();

		/**
		 * The meta object literal for the '{@link org.helix.diagram.model.description.DecorationKind <em>Decoration Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.diagram.model.description.DecorationKind
		 * @see org.helix.diagram.model.description.impl.DescriptionPackageImpl#getDecorationKind()
		 * @generated
		 */
		EEnum DECORATION_KIND = eINSTANCE.getDecorationKind();

		/**
		 * The meta object literal for the '{@link org.helix.diagram.model.description.ReconnectionKind <em>Reconnection Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.diagram.model.description.ReconnectionKind
		 * @see org.helix.diagram.model.description.impl.DescriptionPackageImpl#getReconnectionKind()
		 * @generated
		 */
		EEnum RECONNECTION_KIND = eINSTANCE.getReconnectionKind();

	}

} //DescriptionPackage
