/**
 * Helix
 */
package org.helix.model.core.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.helix.model.core.CorePackage;
import org.helix.model.core.HelixModel;
import org.helix.model.core.Indicator;
import org.helix.model.core.SourceDocument;

import org.helix.model.ecosystem.Actor;
import org.helix.model.ecosystem.AssessmentFramework;
import org.helix.model.ecosystem.Cluster;
import org.helix.model.ecosystem.CountryStrategy;
import org.helix.model.ecosystem.DataSource;
import org.helix.model.ecosystem.DecarbonisationProject;
import org.helix.model.ecosystem.IndustrialSite;
import org.helix.model.ecosystem.InfrastructureElement;
import org.helix.model.ecosystem.Jurisdiction;
import org.helix.model.ecosystem.PolicyInstrument;
import org.helix.model.ecosystem.Relationship;
import org.helix.model.ecosystem.Sector;
import org.helix.model.ecosystem.StrategicDomain;
import org.helix.model.ecosystem.Technology;
import org.helix.model.ecosystem.TransitionPriority;
import org.helix.model.ecosystem.ValueChain;

import org.helix.model.governance.GovernanceBody;
import org.helix.model.governance.StakeholderInput;

import org.helix.model.materials.MaterialGroup;
import org.helix.model.materials.MaterialList;
import org.helix.model.materials.MaterialsStrategy;
import org.helix.model.materials.RawMaterial;

import org.helix.model.programme.Programme;
import org.helix.model.programme.Recommendation;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Helix Model</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.helix.model.core.impl.HelixModelImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.helix.model.core.impl.HelixModelImpl#getFormatVersion <em>Format Version</em>}</li>
 *   <li>{@link org.helix.model.core.impl.HelixModelImpl#getSourceDocuments <em>Source Documents</em>}</li>
 *   <li>{@link org.helix.model.core.impl.HelixModelImpl#getJurisdictions <em>Jurisdictions</em>}</li>
 *   <li>{@link org.helix.model.core.impl.HelixModelImpl#getActors <em>Actors</em>}</li>
 *   <li>{@link org.helix.model.core.impl.HelixModelImpl#getRelationships <em>Relationships</em>}</li>
 *   <li>{@link org.helix.model.core.impl.HelixModelImpl#getSectors <em>Sectors</em>}</li>
 *   <li>{@link org.helix.model.core.impl.HelixModelImpl#getValueChains <em>Value Chains</em>}</li>
 *   <li>{@link org.helix.model.core.impl.HelixModelImpl#getClusters <em>Clusters</em>}</li>
 *   <li>{@link org.helix.model.core.impl.HelixModelImpl#getTechnologies <em>Technologies</em>}</li>
 *   <li>{@link org.helix.model.core.impl.HelixModelImpl#getTransitionPriorities <em>Transition Priorities</em>}</li>
 *   <li>{@link org.helix.model.core.impl.HelixModelImpl#getAssessmentFrameworks <em>Assessment Frameworks</em>}</li>
 *   <li>{@link org.helix.model.core.impl.HelixModelImpl#getStrategicDomains <em>Strategic Domains</em>}</li>
 *   <li>{@link org.helix.model.core.impl.HelixModelImpl#getDataSources <em>Data Sources</em>}</li>
 *   <li>{@link org.helix.model.core.impl.HelixModelImpl#getCountryStrategies <em>Country Strategies</em>}</li>
 *   <li>{@link org.helix.model.core.impl.HelixModelImpl#getSites <em>Sites</em>}</li>
 *   <li>{@link org.helix.model.core.impl.HelixModelImpl#getInfrastructure <em>Infrastructure</em>}</li>
 *   <li>{@link org.helix.model.core.impl.HelixModelImpl#getProjects <em>Projects</em>}</li>
 *   <li>{@link org.helix.model.core.impl.HelixModelImpl#getInstruments <em>Instruments</em>}</li>
 *   <li>{@link org.helix.model.core.impl.HelixModelImpl#getIndicators <em>Indicators</em>}</li>
 *   <li>{@link org.helix.model.core.impl.HelixModelImpl#getGovernanceBodies <em>Governance Bodies</em>}</li>
 *   <li>{@link org.helix.model.core.impl.HelixModelImpl#getStakeholderInputs <em>Stakeholder Inputs</em>}</li>
 *   <li>{@link org.helix.model.core.impl.HelixModelImpl#getProgrammes <em>Programmes</em>}</li>
 *   <li>{@link org.helix.model.core.impl.HelixModelImpl#getRecommendations <em>Recommendations</em>}</li>
 *   <li>{@link org.helix.model.core.impl.HelixModelImpl#getRawMaterials <em>Raw Materials</em>}</li>
 *   <li>{@link org.helix.model.core.impl.HelixModelImpl#getMaterialGroups <em>Material Groups</em>}</li>
 *   <li>{@link org.helix.model.core.impl.HelixModelImpl#getMaterialLists <em>Material Lists</em>}</li>
 *   <li>{@link org.helix.model.core.impl.HelixModelImpl#getMaterialsStrategies <em>Materials Strategies</em>}</li>
 * </ul>
 *
 * @generated
 */
public class HelixModelImpl extends NamedElementImpl implements HelixModel {
	/**
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getFormatVersion() <em>Format Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormatVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String FORMAT_VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFormatVersion() <em>Format Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormatVersion()
	 * @generated
	 * @ordered
	 */
	protected String formatVersion = FORMAT_VERSION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSourceDocuments() <em>Source Documents</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceDocuments()
	 * @generated
	 * @ordered
	 */
	protected EList<SourceDocument> sourceDocuments;

	/**
	 * The cached value of the '{@link #getJurisdictions() <em>Jurisdictions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getJurisdictions()
	 * @generated
	 * @ordered
	 */
	protected EList<Jurisdiction> jurisdictions;

	/**
	 * The cached value of the '{@link #getActors() <em>Actors</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActors()
	 * @generated
	 * @ordered
	 */
	protected EList<Actor> actors;

	/**
	 * The cached value of the '{@link #getRelationships() <em>Relationships</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRelationships()
	 * @generated
	 * @ordered
	 */
	protected EList<Relationship> relationships;

	/**
	 * The cached value of the '{@link #getSectors() <em>Sectors</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSectors()
	 * @generated
	 * @ordered
	 */
	protected EList<Sector> sectors;

	/**
	 * The cached value of the '{@link #getValueChains() <em>Value Chains</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValueChains()
	 * @generated
	 * @ordered
	 */
	protected EList<ValueChain> valueChains;

	/**
	 * The cached value of the '{@link #getClusters() <em>Clusters</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClusters()
	 * @generated
	 * @ordered
	 */
	protected EList<Cluster> clusters;

	/**
	 * The cached value of the '{@link #getTechnologies() <em>Technologies</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTechnologies()
	 * @generated
	 * @ordered
	 */
	protected EList<Technology> technologies;

	/**
	 * The cached value of the '{@link #getTransitionPriorities() <em>Transition Priorities</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTransitionPriorities()
	 * @generated
	 * @ordered
	 */
	protected EList<TransitionPriority> transitionPriorities;

	/**
	 * The cached value of the '{@link #getAssessmentFrameworks() <em>Assessment Frameworks</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAssessmentFrameworks()
	 * @generated
	 * @ordered
	 */
	protected EList<AssessmentFramework> assessmentFrameworks;

	/**
	 * The cached value of the '{@link #getStrategicDomains() <em>Strategic Domains</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStrategicDomains()
	 * @generated
	 * @ordered
	 */
	protected EList<StrategicDomain> strategicDomains;

	/**
	 * The cached value of the '{@link #getDataSources() <em>Data Sources</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDataSources()
	 * @generated
	 * @ordered
	 */
	protected EList<DataSource> dataSources;

	/**
	 * The cached value of the '{@link #getCountryStrategies() <em>Country Strategies</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCountryStrategies()
	 * @generated
	 * @ordered
	 */
	protected EList<CountryStrategy> countryStrategies;

	/**
	 * The cached value of the '{@link #getSites() <em>Sites</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSites()
	 * @generated
	 * @ordered
	 */
	protected EList<IndustrialSite> sites;

	/**
	 * The cached value of the '{@link #getInfrastructure() <em>Infrastructure</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInfrastructure()
	 * @generated
	 * @ordered
	 */
	protected EList<InfrastructureElement> infrastructure;

	/**
	 * The cached value of the '{@link #getProjects() <em>Projects</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProjects()
	 * @generated
	 * @ordered
	 */
	protected EList<DecarbonisationProject> projects;

	/**
	 * The cached value of the '{@link #getInstruments() <em>Instruments</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInstruments()
	 * @generated
	 * @ordered
	 */
	protected EList<PolicyInstrument> instruments;

	/**
	 * The cached value of the '{@link #getIndicators() <em>Indicators</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndicators()
	 * @generated
	 * @ordered
	 */
	protected EList<Indicator> indicators;

	/**
	 * The cached value of the '{@link #getGovernanceBodies() <em>Governance Bodies</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGovernanceBodies()
	 * @generated
	 * @ordered
	 */
	protected EList<GovernanceBody> governanceBodies;

	/**
	 * The cached value of the '{@link #getStakeholderInputs() <em>Stakeholder Inputs</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStakeholderInputs()
	 * @generated
	 * @ordered
	 */
	protected EList<StakeholderInput> stakeholderInputs;

	/**
	 * The cached value of the '{@link #getProgrammes() <em>Programmes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProgrammes()
	 * @generated
	 * @ordered
	 */
	protected EList<Programme> programmes;

	/**
	 * The cached value of the '{@link #getRecommendations() <em>Recommendations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecommendations()
	 * @generated
	 * @ordered
	 */
	protected EList<Recommendation> recommendations;

	/**
	 * The cached value of the '{@link #getRawMaterials() <em>Raw Materials</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRawMaterials()
	 * @generated
	 * @ordered
	 */
	protected EList<RawMaterial> rawMaterials;

	/**
	 * The cached value of the '{@link #getMaterialGroups() <em>Material Groups</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaterialGroups()
	 * @generated
	 * @ordered
	 */
	protected EList<MaterialGroup> materialGroups;

	/**
	 * The cached value of the '{@link #getMaterialLists() <em>Material Lists</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaterialLists()
	 * @generated
	 * @ordered
	 */
	protected EList<MaterialList> materialLists;

	/**
	 * The cached value of the '{@link #getMaterialsStrategies() <em>Materials Strategies</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaterialsStrategies()
	 * @generated
	 * @ordered
	 */
	protected EList<MaterialsStrategy> materialsStrategies;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected HelixModelImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CorePackage.Literals.HELIX_MODEL;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle() {
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle) {
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorePackage.HELIX_MODEL__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFormatVersion() {
		return formatVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFormatVersion(String newFormatVersion) {
		String oldFormatVersion = formatVersion;
		formatVersion = newFormatVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorePackage.HELIX_MODEL__FORMAT_VERSION, oldFormatVersion, formatVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SourceDocument> getSourceDocuments() {
		if (sourceDocuments == null) {
			sourceDocuments = new EObjectContainmentEList<SourceDocument>(SourceDocument.class, this, CorePackage.HELIX_MODEL__SOURCE_DOCUMENTS);
		}
		return sourceDocuments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Jurisdiction> getJurisdictions() {
		if (jurisdictions == null) {
			jurisdictions = new EObjectContainmentEList<Jurisdiction>(Jurisdiction.class, this, CorePackage.HELIX_MODEL__JURISDICTIONS);
		}
		return jurisdictions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Actor> getActors() {
		if (actors == null) {
			actors = new EObjectContainmentEList<Actor>(Actor.class, this, CorePackage.HELIX_MODEL__ACTORS);
		}
		return actors;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Relationship> getRelationships() {
		if (relationships == null) {
			relationships = new EObjectContainmentEList<Relationship>(Relationship.class, this, CorePackage.HELIX_MODEL__RELATIONSHIPS);
		}
		return relationships;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Sector> getSectors() {
		if (sectors == null) {
			sectors = new EObjectContainmentEList<Sector>(Sector.class, this, CorePackage.HELIX_MODEL__SECTORS);
		}
		return sectors;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ValueChain> getValueChains() {
		if (valueChains == null) {
			valueChains = new EObjectContainmentEList<ValueChain>(ValueChain.class, this, CorePackage.HELIX_MODEL__VALUE_CHAINS);
		}
		return valueChains;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Cluster> getClusters() {
		if (clusters == null) {
			clusters = new EObjectContainmentEList<Cluster>(Cluster.class, this, CorePackage.HELIX_MODEL__CLUSTERS);
		}
		return clusters;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Technology> getTechnologies() {
		if (technologies == null) {
			technologies = new EObjectContainmentEList<Technology>(Technology.class, this, CorePackage.HELIX_MODEL__TECHNOLOGIES);
		}
		return technologies;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<TransitionPriority> getTransitionPriorities() {
		if (transitionPriorities == null) {
			transitionPriorities = new EObjectContainmentEList<TransitionPriority>(TransitionPriority.class, this, CorePackage.HELIX_MODEL__TRANSITION_PRIORITIES);
		}
		return transitionPriorities;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AssessmentFramework> getAssessmentFrameworks() {
		if (assessmentFrameworks == null) {
			assessmentFrameworks = new EObjectContainmentEList<AssessmentFramework>(AssessmentFramework.class, this, CorePackage.HELIX_MODEL__ASSESSMENT_FRAMEWORKS);
		}
		return assessmentFrameworks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<StrategicDomain> getStrategicDomains() {
		if (strategicDomains == null) {
			strategicDomains = new EObjectContainmentEList<StrategicDomain>(StrategicDomain.class, this, CorePackage.HELIX_MODEL__STRATEGIC_DOMAINS);
		}
		return strategicDomains;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DataSource> getDataSources() {
		if (dataSources == null) {
			dataSources = new EObjectContainmentEList<DataSource>(DataSource.class, this, CorePackage.HELIX_MODEL__DATA_SOURCES);
		}
		return dataSources;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CountryStrategy> getCountryStrategies() {
		if (countryStrategies == null) {
			countryStrategies = new EObjectContainmentEList<CountryStrategy>(CountryStrategy.class, this, CorePackage.HELIX_MODEL__COUNTRY_STRATEGIES);
		}
		return countryStrategies;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<IndustrialSite> getSites() {
		if (sites == null) {
			sites = new EObjectContainmentEList<IndustrialSite>(IndustrialSite.class, this, CorePackage.HELIX_MODEL__SITES);
		}
		return sites;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<InfrastructureElement> getInfrastructure() {
		if (infrastructure == null) {
			infrastructure = new EObjectContainmentEList<InfrastructureElement>(InfrastructureElement.class, this, CorePackage.HELIX_MODEL__INFRASTRUCTURE);
		}
		return infrastructure;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DecarbonisationProject> getProjects() {
		if (projects == null) {
			projects = new EObjectContainmentEList<DecarbonisationProject>(DecarbonisationProject.class, this, CorePackage.HELIX_MODEL__PROJECTS);
		}
		return projects;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PolicyInstrument> getInstruments() {
		if (instruments == null) {
			instruments = new EObjectContainmentEList<PolicyInstrument>(PolicyInstrument.class, this, CorePackage.HELIX_MODEL__INSTRUMENTS);
		}
		return instruments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Indicator> getIndicators() {
		if (indicators == null) {
			indicators = new EObjectContainmentEList<Indicator>(Indicator.class, this, CorePackage.HELIX_MODEL__INDICATORS);
		}
		return indicators;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<GovernanceBody> getGovernanceBodies() {
		if (governanceBodies == null) {
			governanceBodies = new EObjectContainmentEList<GovernanceBody>(GovernanceBody.class, this, CorePackage.HELIX_MODEL__GOVERNANCE_BODIES);
		}
		return governanceBodies;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<StakeholderInput> getStakeholderInputs() {
		if (stakeholderInputs == null) {
			stakeholderInputs = new EObjectContainmentEList<StakeholderInput>(StakeholderInput.class, this, CorePackage.HELIX_MODEL__STAKEHOLDER_INPUTS);
		}
		return stakeholderInputs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Programme> getProgrammes() {
		if (programmes == null) {
			programmes = new EObjectContainmentEList<Programme>(Programme.class, this, CorePackage.HELIX_MODEL__PROGRAMMES);
		}
		return programmes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Recommendation> getRecommendations() {
		if (recommendations == null) {
			recommendations = new EObjectContainmentEList<Recommendation>(Recommendation.class, this, CorePackage.HELIX_MODEL__RECOMMENDATIONS);
		}
		return recommendations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<RawMaterial> getRawMaterials() {
		if (rawMaterials == null) {
			rawMaterials = new EObjectContainmentEList<RawMaterial>(RawMaterial.class, this, CorePackage.HELIX_MODEL__RAW_MATERIALS);
		}
		return rawMaterials;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<MaterialGroup> getMaterialGroups() {
		if (materialGroups == null) {
			materialGroups = new EObjectContainmentEList<MaterialGroup>(MaterialGroup.class, this, CorePackage.HELIX_MODEL__MATERIAL_GROUPS);
		}
		return materialGroups;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<MaterialList> getMaterialLists() {
		if (materialLists == null) {
			materialLists = new EObjectContainmentEList<MaterialList>(MaterialList.class, this, CorePackage.HELIX_MODEL__MATERIAL_LISTS);
		}
		return materialLists;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<MaterialsStrategy> getMaterialsStrategies() {
		if (materialsStrategies == null) {
			materialsStrategies = new EObjectContainmentEList<MaterialsStrategy>(MaterialsStrategy.class, this, CorePackage.HELIX_MODEL__MATERIALS_STRATEGIES);
		}
		return materialsStrategies;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CorePackage.HELIX_MODEL__SOURCE_DOCUMENTS:
				return ((InternalEList<?>)getSourceDocuments()).basicRemove(otherEnd, msgs);
			case CorePackage.HELIX_MODEL__JURISDICTIONS:
				return ((InternalEList<?>)getJurisdictions()).basicRemove(otherEnd, msgs);
			case CorePackage.HELIX_MODEL__ACTORS:
				return ((InternalEList<?>)getActors()).basicRemove(otherEnd, msgs);
			case CorePackage.HELIX_MODEL__RELATIONSHIPS:
				return ((InternalEList<?>)getRelationships()).basicRemove(otherEnd, msgs);
			case CorePackage.HELIX_MODEL__SECTORS:
				return ((InternalEList<?>)getSectors()).basicRemove(otherEnd, msgs);
			case CorePackage.HELIX_MODEL__VALUE_CHAINS:
				return ((InternalEList<?>)getValueChains()).basicRemove(otherEnd, msgs);
			case CorePackage.HELIX_MODEL__CLUSTERS:
				return ((InternalEList<?>)getClusters()).basicRemove(otherEnd, msgs);
			case CorePackage.HELIX_MODEL__TECHNOLOGIES:
				return ((InternalEList<?>)getTechnologies()).basicRemove(otherEnd, msgs);
			case CorePackage.HELIX_MODEL__TRANSITION_PRIORITIES:
				return ((InternalEList<?>)getTransitionPriorities()).basicRemove(otherEnd, msgs);
			case CorePackage.HELIX_MODEL__ASSESSMENT_FRAMEWORKS:
				return ((InternalEList<?>)getAssessmentFrameworks()).basicRemove(otherEnd, msgs);
			case CorePackage.HELIX_MODEL__STRATEGIC_DOMAINS:
				return ((InternalEList<?>)getStrategicDomains()).basicRemove(otherEnd, msgs);
			case CorePackage.HELIX_MODEL__DATA_SOURCES:
				return ((InternalEList<?>)getDataSources()).basicRemove(otherEnd, msgs);
			case CorePackage.HELIX_MODEL__COUNTRY_STRATEGIES:
				return ((InternalEList<?>)getCountryStrategies()).basicRemove(otherEnd, msgs);
			case CorePackage.HELIX_MODEL__SITES:
				return ((InternalEList<?>)getSites()).basicRemove(otherEnd, msgs);
			case CorePackage.HELIX_MODEL__INFRASTRUCTURE:
				return ((InternalEList<?>)getInfrastructure()).basicRemove(otherEnd, msgs);
			case CorePackage.HELIX_MODEL__PROJECTS:
				return ((InternalEList<?>)getProjects()).basicRemove(otherEnd, msgs);
			case CorePackage.HELIX_MODEL__INSTRUMENTS:
				return ((InternalEList<?>)getInstruments()).basicRemove(otherEnd, msgs);
			case CorePackage.HELIX_MODEL__INDICATORS:
				return ((InternalEList<?>)getIndicators()).basicRemove(otherEnd, msgs);
			case CorePackage.HELIX_MODEL__GOVERNANCE_BODIES:
				return ((InternalEList<?>)getGovernanceBodies()).basicRemove(otherEnd, msgs);
			case CorePackage.HELIX_MODEL__STAKEHOLDER_INPUTS:
				return ((InternalEList<?>)getStakeholderInputs()).basicRemove(otherEnd, msgs);
			case CorePackage.HELIX_MODEL__PROGRAMMES:
				return ((InternalEList<?>)getProgrammes()).basicRemove(otherEnd, msgs);
			case CorePackage.HELIX_MODEL__RECOMMENDATIONS:
				return ((InternalEList<?>)getRecommendations()).basicRemove(otherEnd, msgs);
			case CorePackage.HELIX_MODEL__RAW_MATERIALS:
				return ((InternalEList<?>)getRawMaterials()).basicRemove(otherEnd, msgs);
			case CorePackage.HELIX_MODEL__MATERIAL_GROUPS:
				return ((InternalEList<?>)getMaterialGroups()).basicRemove(otherEnd, msgs);
			case CorePackage.HELIX_MODEL__MATERIAL_LISTS:
				return ((InternalEList<?>)getMaterialLists()).basicRemove(otherEnd, msgs);
			case CorePackage.HELIX_MODEL__MATERIALS_STRATEGIES:
				return ((InternalEList<?>)getMaterialsStrategies()).basicRemove(otherEnd, msgs);
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
			case CorePackage.HELIX_MODEL__TITLE:
				return getTitle();
			case CorePackage.HELIX_MODEL__FORMAT_VERSION:
				return getFormatVersion();
			case CorePackage.HELIX_MODEL__SOURCE_DOCUMENTS:
				return getSourceDocuments();
			case CorePackage.HELIX_MODEL__JURISDICTIONS:
				return getJurisdictions();
			case CorePackage.HELIX_MODEL__ACTORS:
				return getActors();
			case CorePackage.HELIX_MODEL__RELATIONSHIPS:
				return getRelationships();
			case CorePackage.HELIX_MODEL__SECTORS:
				return getSectors();
			case CorePackage.HELIX_MODEL__VALUE_CHAINS:
				return getValueChains();
			case CorePackage.HELIX_MODEL__CLUSTERS:
				return getClusters();
			case CorePackage.HELIX_MODEL__TECHNOLOGIES:
				return getTechnologies();
			case CorePackage.HELIX_MODEL__TRANSITION_PRIORITIES:
				return getTransitionPriorities();
			case CorePackage.HELIX_MODEL__ASSESSMENT_FRAMEWORKS:
				return getAssessmentFrameworks();
			case CorePackage.HELIX_MODEL__STRATEGIC_DOMAINS:
				return getStrategicDomains();
			case CorePackage.HELIX_MODEL__DATA_SOURCES:
				return getDataSources();
			case CorePackage.HELIX_MODEL__COUNTRY_STRATEGIES:
				return getCountryStrategies();
			case CorePackage.HELIX_MODEL__SITES:
				return getSites();
			case CorePackage.HELIX_MODEL__INFRASTRUCTURE:
				return getInfrastructure();
			case CorePackage.HELIX_MODEL__PROJECTS:
				return getProjects();
			case CorePackage.HELIX_MODEL__INSTRUMENTS:
				return getInstruments();
			case CorePackage.HELIX_MODEL__INDICATORS:
				return getIndicators();
			case CorePackage.HELIX_MODEL__GOVERNANCE_BODIES:
				return getGovernanceBodies();
			case CorePackage.HELIX_MODEL__STAKEHOLDER_INPUTS:
				return getStakeholderInputs();
			case CorePackage.HELIX_MODEL__PROGRAMMES:
				return getProgrammes();
			case CorePackage.HELIX_MODEL__RECOMMENDATIONS:
				return getRecommendations();
			case CorePackage.HELIX_MODEL__RAW_MATERIALS:
				return getRawMaterials();
			case CorePackage.HELIX_MODEL__MATERIAL_GROUPS:
				return getMaterialGroups();
			case CorePackage.HELIX_MODEL__MATERIAL_LISTS:
				return getMaterialLists();
			case CorePackage.HELIX_MODEL__MATERIALS_STRATEGIES:
				return getMaterialsStrategies();
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
			case CorePackage.HELIX_MODEL__TITLE:
				setTitle((String)newValue);
				return;
			case CorePackage.HELIX_MODEL__FORMAT_VERSION:
				setFormatVersion((String)newValue);
				return;
			case CorePackage.HELIX_MODEL__SOURCE_DOCUMENTS:
				getSourceDocuments().clear();
				getSourceDocuments().addAll((Collection<? extends SourceDocument>)newValue);
				return;
			case CorePackage.HELIX_MODEL__JURISDICTIONS:
				getJurisdictions().clear();
				getJurisdictions().addAll((Collection<? extends Jurisdiction>)newValue);
				return;
			case CorePackage.HELIX_MODEL__ACTORS:
				getActors().clear();
				getActors().addAll((Collection<? extends Actor>)newValue);
				return;
			case CorePackage.HELIX_MODEL__RELATIONSHIPS:
				getRelationships().clear();
				getRelationships().addAll((Collection<? extends Relationship>)newValue);
				return;
			case CorePackage.HELIX_MODEL__SECTORS:
				getSectors().clear();
				getSectors().addAll((Collection<? extends Sector>)newValue);
				return;
			case CorePackage.HELIX_MODEL__VALUE_CHAINS:
				getValueChains().clear();
				getValueChains().addAll((Collection<? extends ValueChain>)newValue);
				return;
			case CorePackage.HELIX_MODEL__CLUSTERS:
				getClusters().clear();
				getClusters().addAll((Collection<? extends Cluster>)newValue);
				return;
			case CorePackage.HELIX_MODEL__TECHNOLOGIES:
				getTechnologies().clear();
				getTechnologies().addAll((Collection<? extends Technology>)newValue);
				return;
			case CorePackage.HELIX_MODEL__TRANSITION_PRIORITIES:
				getTransitionPriorities().clear();
				getTransitionPriorities().addAll((Collection<? extends TransitionPriority>)newValue);
				return;
			case CorePackage.HELIX_MODEL__ASSESSMENT_FRAMEWORKS:
				getAssessmentFrameworks().clear();
				getAssessmentFrameworks().addAll((Collection<? extends AssessmentFramework>)newValue);
				return;
			case CorePackage.HELIX_MODEL__STRATEGIC_DOMAINS:
				getStrategicDomains().clear();
				getStrategicDomains().addAll((Collection<? extends StrategicDomain>)newValue);
				return;
			case CorePackage.HELIX_MODEL__DATA_SOURCES:
				getDataSources().clear();
				getDataSources().addAll((Collection<? extends DataSource>)newValue);
				return;
			case CorePackage.HELIX_MODEL__COUNTRY_STRATEGIES:
				getCountryStrategies().clear();
				getCountryStrategies().addAll((Collection<? extends CountryStrategy>)newValue);
				return;
			case CorePackage.HELIX_MODEL__SITES:
				getSites().clear();
				getSites().addAll((Collection<? extends IndustrialSite>)newValue);
				return;
			case CorePackage.HELIX_MODEL__INFRASTRUCTURE:
				getInfrastructure().clear();
				getInfrastructure().addAll((Collection<? extends InfrastructureElement>)newValue);
				return;
			case CorePackage.HELIX_MODEL__PROJECTS:
				getProjects().clear();
				getProjects().addAll((Collection<? extends DecarbonisationProject>)newValue);
				return;
			case CorePackage.HELIX_MODEL__INSTRUMENTS:
				getInstruments().clear();
				getInstruments().addAll((Collection<? extends PolicyInstrument>)newValue);
				return;
			case CorePackage.HELIX_MODEL__INDICATORS:
				getIndicators().clear();
				getIndicators().addAll((Collection<? extends Indicator>)newValue);
				return;
			case CorePackage.HELIX_MODEL__GOVERNANCE_BODIES:
				getGovernanceBodies().clear();
				getGovernanceBodies().addAll((Collection<? extends GovernanceBody>)newValue);
				return;
			case CorePackage.HELIX_MODEL__STAKEHOLDER_INPUTS:
				getStakeholderInputs().clear();
				getStakeholderInputs().addAll((Collection<? extends StakeholderInput>)newValue);
				return;
			case CorePackage.HELIX_MODEL__PROGRAMMES:
				getProgrammes().clear();
				getProgrammes().addAll((Collection<? extends Programme>)newValue);
				return;
			case CorePackage.HELIX_MODEL__RECOMMENDATIONS:
				getRecommendations().clear();
				getRecommendations().addAll((Collection<? extends Recommendation>)newValue);
				return;
			case CorePackage.HELIX_MODEL__RAW_MATERIALS:
				getRawMaterials().clear();
				getRawMaterials().addAll((Collection<? extends RawMaterial>)newValue);
				return;
			case CorePackage.HELIX_MODEL__MATERIAL_GROUPS:
				getMaterialGroups().clear();
				getMaterialGroups().addAll((Collection<? extends MaterialGroup>)newValue);
				return;
			case CorePackage.HELIX_MODEL__MATERIAL_LISTS:
				getMaterialLists().clear();
				getMaterialLists().addAll((Collection<? extends MaterialList>)newValue);
				return;
			case CorePackage.HELIX_MODEL__MATERIALS_STRATEGIES:
				getMaterialsStrategies().clear();
				getMaterialsStrategies().addAll((Collection<? extends MaterialsStrategy>)newValue);
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
			case CorePackage.HELIX_MODEL__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case CorePackage.HELIX_MODEL__FORMAT_VERSION:
				setFormatVersion(FORMAT_VERSION_EDEFAULT);
				return;
			case CorePackage.HELIX_MODEL__SOURCE_DOCUMENTS:
				getSourceDocuments().clear();
				return;
			case CorePackage.HELIX_MODEL__JURISDICTIONS:
				getJurisdictions().clear();
				return;
			case CorePackage.HELIX_MODEL__ACTORS:
				getActors().clear();
				return;
			case CorePackage.HELIX_MODEL__RELATIONSHIPS:
				getRelationships().clear();
				return;
			case CorePackage.HELIX_MODEL__SECTORS:
				getSectors().clear();
				return;
			case CorePackage.HELIX_MODEL__VALUE_CHAINS:
				getValueChains().clear();
				return;
			case CorePackage.HELIX_MODEL__CLUSTERS:
				getClusters().clear();
				return;
			case CorePackage.HELIX_MODEL__TECHNOLOGIES:
				getTechnologies().clear();
				return;
			case CorePackage.HELIX_MODEL__TRANSITION_PRIORITIES:
				getTransitionPriorities().clear();
				return;
			case CorePackage.HELIX_MODEL__ASSESSMENT_FRAMEWORKS:
				getAssessmentFrameworks().clear();
				return;
			case CorePackage.HELIX_MODEL__STRATEGIC_DOMAINS:
				getStrategicDomains().clear();
				return;
			case CorePackage.HELIX_MODEL__DATA_SOURCES:
				getDataSources().clear();
				return;
			case CorePackage.HELIX_MODEL__COUNTRY_STRATEGIES:
				getCountryStrategies().clear();
				return;
			case CorePackage.HELIX_MODEL__SITES:
				getSites().clear();
				return;
			case CorePackage.HELIX_MODEL__INFRASTRUCTURE:
				getInfrastructure().clear();
				return;
			case CorePackage.HELIX_MODEL__PROJECTS:
				getProjects().clear();
				return;
			case CorePackage.HELIX_MODEL__INSTRUMENTS:
				getInstruments().clear();
				return;
			case CorePackage.HELIX_MODEL__INDICATORS:
				getIndicators().clear();
				return;
			case CorePackage.HELIX_MODEL__GOVERNANCE_BODIES:
				getGovernanceBodies().clear();
				return;
			case CorePackage.HELIX_MODEL__STAKEHOLDER_INPUTS:
				getStakeholderInputs().clear();
				return;
			case CorePackage.HELIX_MODEL__PROGRAMMES:
				getProgrammes().clear();
				return;
			case CorePackage.HELIX_MODEL__RECOMMENDATIONS:
				getRecommendations().clear();
				return;
			case CorePackage.HELIX_MODEL__RAW_MATERIALS:
				getRawMaterials().clear();
				return;
			case CorePackage.HELIX_MODEL__MATERIAL_GROUPS:
				getMaterialGroups().clear();
				return;
			case CorePackage.HELIX_MODEL__MATERIAL_LISTS:
				getMaterialLists().clear();
				return;
			case CorePackage.HELIX_MODEL__MATERIALS_STRATEGIES:
				getMaterialsStrategies().clear();
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
			case CorePackage.HELIX_MODEL__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case CorePackage.HELIX_MODEL__FORMAT_VERSION:
				return FORMAT_VERSION_EDEFAULT == null ? formatVersion != null : !FORMAT_VERSION_EDEFAULT.equals(formatVersion);
			case CorePackage.HELIX_MODEL__SOURCE_DOCUMENTS:
				return sourceDocuments != null && !sourceDocuments.isEmpty();
			case CorePackage.HELIX_MODEL__JURISDICTIONS:
				return jurisdictions != null && !jurisdictions.isEmpty();
			case CorePackage.HELIX_MODEL__ACTORS:
				return actors != null && !actors.isEmpty();
			case CorePackage.HELIX_MODEL__RELATIONSHIPS:
				return relationships != null && !relationships.isEmpty();
			case CorePackage.HELIX_MODEL__SECTORS:
				return sectors != null && !sectors.isEmpty();
			case CorePackage.HELIX_MODEL__VALUE_CHAINS:
				return valueChains != null && !valueChains.isEmpty();
			case CorePackage.HELIX_MODEL__CLUSTERS:
				return clusters != null && !clusters.isEmpty();
			case CorePackage.HELIX_MODEL__TECHNOLOGIES:
				return technologies != null && !technologies.isEmpty();
			case CorePackage.HELIX_MODEL__TRANSITION_PRIORITIES:
				return transitionPriorities != null && !transitionPriorities.isEmpty();
			case CorePackage.HELIX_MODEL__ASSESSMENT_FRAMEWORKS:
				return assessmentFrameworks != null && !assessmentFrameworks.isEmpty();
			case CorePackage.HELIX_MODEL__STRATEGIC_DOMAINS:
				return strategicDomains != null && !strategicDomains.isEmpty();
			case CorePackage.HELIX_MODEL__DATA_SOURCES:
				return dataSources != null && !dataSources.isEmpty();
			case CorePackage.HELIX_MODEL__COUNTRY_STRATEGIES:
				return countryStrategies != null && !countryStrategies.isEmpty();
			case CorePackage.HELIX_MODEL__SITES:
				return sites != null && !sites.isEmpty();
			case CorePackage.HELIX_MODEL__INFRASTRUCTURE:
				return infrastructure != null && !infrastructure.isEmpty();
			case CorePackage.HELIX_MODEL__PROJECTS:
				return projects != null && !projects.isEmpty();
			case CorePackage.HELIX_MODEL__INSTRUMENTS:
				return instruments != null && !instruments.isEmpty();
			case CorePackage.HELIX_MODEL__INDICATORS:
				return indicators != null && !indicators.isEmpty();
			case CorePackage.HELIX_MODEL__GOVERNANCE_BODIES:
				return governanceBodies != null && !governanceBodies.isEmpty();
			case CorePackage.HELIX_MODEL__STAKEHOLDER_INPUTS:
				return stakeholderInputs != null && !stakeholderInputs.isEmpty();
			case CorePackage.HELIX_MODEL__PROGRAMMES:
				return programmes != null && !programmes.isEmpty();
			case CorePackage.HELIX_MODEL__RECOMMENDATIONS:
				return recommendations != null && !recommendations.isEmpty();
			case CorePackage.HELIX_MODEL__RAW_MATERIALS:
				return rawMaterials != null && !rawMaterials.isEmpty();
			case CorePackage.HELIX_MODEL__MATERIAL_GROUPS:
				return materialGroups != null && !materialGroups.isEmpty();
			case CorePackage.HELIX_MODEL__MATERIAL_LISTS:
				return materialLists != null && !materialLists.isEmpty();
			case CorePackage.HELIX_MODEL__MATERIALS_STRATEGIES:
				return materialsStrategies != null && !materialsStrategies.isEmpty();
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
		result.append(" (title: ");
		result.append(title);
		result.append(", formatVersion: ");
		result.append(formatVersion);
		result.append(')');
		return result.toString();
	}

} //HelixModelImpl
