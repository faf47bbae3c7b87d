/*
 * Helix
 */
package org.helix.codegen;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenClass;
import org.eclipse.emf.codegen.ecore.genmodel.GenFeature;
import org.eclipse.emf.codegen.ecore.genmodel.GenJDKLevel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPropertyKind;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;

/**
 * Headless EMF code generation for the Helix metamodel.
 * <p>
 * Loads {@code bundles/org.helix.model/model/helix.genmodel}, reloads it from the .ecore files (like "Reload" in the
 * IDE, so classes added to an .ecore file are picked up), validates the Ecore packages and the GenModel, and runs
 * the EMF generator for the model and edit projects. {@code platform:/resource/org.helix.model} and
 * {@code platform:/resource/org.helix.model.edit} are mapped to the folders below {@code bundles/}.
 * <p>
 * META-INF/MANIFEST.MF and build.properties are maintained by hand (Bundle-Version, Require-Bundle, Export-Package)
 * and are restored after generation. plugin.xml and plugin.properties are merged by the generator (new packages and
 * labels are added, existing entries are kept); icons are only created when missing.
 * <p>
 * {@code src-gen/} of both bundles is deleted before generation (no stale files); hand-written code goes to {@code src/}.
 * <p>
 * System properties: {@code helix.keepSrcGen=true} skips that deletion, {@code helix.bundles} (default {@code ../../bundles}, relative to this project),
 * {@code helix.init=true} creates the .genmodel from the .ecore files instead of loading it,
 * {@code helix.saveGenModel=true} writes the reloaded .genmodel back.
 * <p>
 * Another EMF model (such as the diagram description and notation model) is generated with
 * {@code -Dhelix.modelProject=org.helix.diagram.model -Dhelix.editProject=none -Dhelix.genmodel=model/diagram.genmodel};
 * without these properties the Helix metamodel is generated, as before.
 */
public final class HelixCodegen
{
  /** The model project: {@code -Dhelix.modelProject}, default org.helix.model. */
  static final String MODEL_PROJECT = System.getProperty("helix.modelProject", "org.helix.model");
  /** The edit project: {@code -Dhelix.editProject}, default org.helix.model.edit; "none" generates no edit code. */
  static final String EDIT_PROJECT = System.getProperty("helix.editProject", "org.helix.model.edit");
  /** The GenModel, relative to the model project: {@code -Dhelix.genmodel}, default model/helix.genmodel. */
  static final String GENMODEL = System.getProperty("helix.genmodel", "model/helix.genmodel");
  static final String[] ECORE_FILES = { "core", "ecosystem", "governance", "programme", "materials" };
  static final String[] PROTECTED_FILES = { "META-INF/MANIFEST.MF", "build.properties" };

  /** Label feature (shown in trees) for classes that have no 'name'; otherwise the generator would show the UUID. */
  static final Map<String, String> LABEL_FEATURES = Map.ofEntries(
    Map.entry("SourceCitation", "documentId"), Map.entry("Note", "text"), Map.entry("MonetaryAmount", "amount"),
    Map.entry("Measurement", "value"), Map.entry("Target", "text"), Map.entry("Relationship", "label"),
    Map.entry("TechnologyPosition", "quadrant"), Map.entry("ValueChainPosition", "role"), Map.entry("Rating", "level"),
    Map.entry("Membership", "role"), Map.entry("ReportingLine", "kind"), Map.entry("Meeting", "title"),
    Map.entry("Decision", "text"), Map.entry("RulesOfProcedure", "decisionRule"), Map.entry("FormalResponse", "appreciation"),
    Map.entry("Risk", "text"), Map.entry("AnnualProgramme", "year"), Map.entry("ActionSnapshot", "status"),
    Map.entry("Realisation", "text"), Map.entry("ListEntry", "classification"), Map.entry("SupplyShare", "text"),
    Map.entry("MaterialActivity", "role"), Map.entry("MaterialFlow", "text"), Map.entry("TrackAction", "text"));

  private HelixCodegen()
  {
  }

  public static void main(String[] args) throws Exception
  {
    String otherGenModel = System.getProperty("helix.genModel");
    if (otherGenModel != null && !otherGenModel.isBlank())
    {
      generateOther(otherGenModel);
      return;
    }
    generateHelix();
  }

  /**
   * Generates the model code of another bundle's GenModel, e.g. {@code -Dhelix.genModel=org.helix.analysis/model/results.genmodel}
   * (relative to the bundles folder). Every folder below {@code bundles/} is mapped to {@code platform:/resource/<folder>/},
   * so such a model may refer to the Helix metamodel. Only model code is generated (no edit code); the target bundle's
   * MANIFEST.MF and build.properties are kept as they are, and its {@code modelDirectory} is wiped first.
   */
  static void generateOther(String genModelPath) throws Exception
  {
    Path bundles = Paths.get(System.getProperty("helix.bundles", "../../bundles")).toAbsolutePath().normalize();
    Path genModelFile = bundles.resolve(genModelPath).normalize();
    if (!Files.isRegularFile(genModelFile))
    {
      throw new IllegalStateException("No GenModel " + genModelFile + " (helix.genModel is relative to " + bundles + ")");
    }
    ResourceSet resourceSet = createResourceSet(bundles);
    try (var folders = Files.list(bundles))
    {
      for (Path folder : folders.filter(Files::isDirectory).toList())
      {
        String project = folder.getFileName().toString();
        URI location = URI.createFileURI(folder.toString() + File.separator);
        EcorePlugin.getPlatformResourceMap().put(project, location);
        resourceSet.getURIConverter().getURIMap().put(URI.createPlatformResourceURI(project + "/", false), location);
      }
    }
    URI genModelURI = URI.createPlatformResourceURI(bundles.relativize(genModelFile).toString().replace(File.separatorChar, '/'), true);
    GenModel genModel = reload((GenModel)resourceSet.getResource(genModelURI, true).getContents().get(0));
    if (Boolean.getBoolean("helix.saveGenModel"))
    {
      save(genModel.eResource());
    }
    validateEcore(genModel);
    validateGenModel(genModel);
    Path project = bundles.resolve(genModel.getModelPluginID());
    Map<Path, byte[]> protectedFiles = new java.util.LinkedHashMap<>();
    for (String file : PROTECTED_FILES)
    {
      Path path = project.resolve(file);
      protectedFiles.put(path, Files.exists(path) ? Files.readAllBytes(path) : null);
    }
    try
    {
      if (!Boolean.getBoolean("helix.keepSrcGen"))
      {
        deleteTree(bundles.resolve(genModel.getModelDirectory().substring(1)));
      }
      generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE);
    }
    finally
    {
      for (Map.Entry<Path, byte[]> entry : protectedFiles.entrySet())
      {
        if (entry.getValue() != null)
        {
          Files.write(entry.getKey(), entry.getValue());
        }
      }
    }
    System.out.println("Generated model code into " + bundles.resolve(genModel.getModelDirectory().substring(1)));
  }

  static void generateHelix() throws Exception
  {
    Path bundles = Paths.get(System.getProperty("helix.bundles", "../../bundles")).toAbsolutePath().normalize();
    if (!Files.isDirectory(bundles.resolve(MODEL_PROJECT)))
    {
      throw new IllegalStateException("No " + MODEL_PROJECT + " below " + bundles + " (set -Dhelix.bundles)");
    }
    Path genModelFile = bundles.resolve(MODEL_PROJECT).resolve(GENMODEL);

    ResourceSet resourceSet = createResourceSet(bundles);
    GenModel genModel;
    if (Boolean.getBoolean("helix.init"))
    {
      if (!"org.helix.model".equals(MODEL_PROJECT))
      {
        throw new IllegalStateException("helix.init builds the Helix metamodel's GenModel only");
      }
      genModel = createGenModel(resourceSet, genModelFile);
      save(genModel.eResource());
      System.out.println("Created " + genModelFile);
    }
    else
    {
      URI genModelURI = URI.createPlatformResourceURI(MODEL_PROJECT + "/" + GENMODEL, true);
      GenModel oldGenModel = (GenModel)resourceSet.getResource(genModelURI, true).getContents().get(0);
      genModel = reload(oldGenModel);
      if (Boolean.getBoolean("helix.saveGenModel"))
      {
        save(genModel.eResource());
        System.out.println("Saved reloaded " + genModelFile);
      }
    }

    validateEcore(genModel);
    validateGenModel(genModel);

    Map<Path, byte[]> protectedFiles = snapshot(bundles);
    try
    {
      // src-gen/ is a pure function of the genmodel: wipe it so removed classes leave no stale files.
      // Hand-written code belongs in src/ of the bundle, never in src-gen/.
      if (!Boolean.getBoolean("helix.keepSrcGen"))
      {
        deleteTree(bundles.resolve(MODEL_PROJECT).resolve("src-gen"));
        if (hasEditProject())
        {
          deleteTree(bundles.resolve(EDIT_PROJECT).resolve("src-gen"));
        }
      }
      generate(genModel);
    }
    finally
    {
      restore(bundles, protectedFiles);
    }
    if (hasEditProject())
    {
      dropOverriddenFactories(bundles.resolve(EDIT_PROJECT).resolve("plugin.xml"));
    }
    System.out.println("Generated model code into " + bundles.resolve(MODEL_PROJECT).resolve("src-gen"));
    if (hasEditProject())
    {
      System.out.println("Generated edit code into " + bundles.resolve(EDIT_PROJECT).resolve("src-gen"));
    }
  }

  static boolean hasEditProject()
  {
    return !"none".equals(EDIT_PROJECT);
  }

  /** The projects this run reads or writes. */
  static String[] projects()
  {
    return hasEditProject() ? new String[] { MODEL_PROJECT, EDIT_PROJECT } : new String[] { MODEL_PROJECT };
  }

  static ResourceSet createResourceSet(Path bundles) throws IOException
  {
    ResourceSet resourceSet = new ResourceSetImpl();
    Map<String, Object> factories = resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap();
    factories.put("ecore", new EcoreResourceFactoryImpl());
    factories.put("genmodel", new EcoreResourceFactoryImpl());
    resourceSet.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
    resourceSet.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);

    // platform:/resource/<project>/ -> bundles/<project>/
    for (String project : projects())
    {
      URI location = URI.createFileURI(bundles.resolve(project).toString() + File.separator);
      EcorePlugin.getPlatformResourceMap().put(project, location);
      resourceSet.getURIConverter().getURIMap().put(URI.createPlatformResourceURI(project + "/", false), location);
    }
    // platform:/plugin/org.eclipse.emf.ecore/ -> the ecore jar (for model/Ecore.genmodel)
    URL ecoreJar = EcorePackage.class.getProtectionDomain().getCodeSource().getLocation();
    URI ecoreRoot = URI.createURI("archive:" + URI.createFileURI(new File(toPath(ecoreJar)).getAbsolutePath()) + "!/");
    resourceSet.getURIConverter().getURIMap().put(URI.createPlatformPluginURI("org.eclipse.emf.ecore/", false), ecoreRoot);
    return resourceSet;
  }

  private static String toPath(URL url)
  {
    try
    {
      return Paths.get(url.toURI()).toString();
    }
    catch (Exception e)
    {
      throw new IllegalStateException(e);
    }
  }

  /** Bootstrap: builds helix.genmodel from the .ecore files with the Helix settings. */
  static GenModel createGenModel(ResourceSet resourceSet, Path genModelFile)
  {
    List<EPackage> ePackages = new ArrayList<>();
    for (String name : ECORE_FILES)
    {
      URI uri = URI.createPlatformResourceURI(MODEL_PROJECT + "/model/" + name + ".ecore", true);
      ePackages.add((EPackage)resourceSet.getResource(uri, true).getContents().get(0));
    }
    GenModel genModel = GenModelFactory.eINSTANCE.createGenModel();
    genModel.initialize(ePackages);
    Resource resource = resourceSet.createResource(URI.createPlatformResourceURI(MODEL_PROJECT + "/model/helix.genmodel", true));
    resource.getContents().add(genModel);

    genModel.setModelName("Helix");
    genModel.setCopyrightText("Helix");
    genModel.setModelDirectory("/" + MODEL_PROJECT + "/src-gen");
    genModel.setEditDirectory("/" + EDIT_PROJECT + "/src-gen");
    genModel.setModelPluginID(MODEL_PROJECT);
    genModel.setEditPluginID(EDIT_PROJECT);
    genModel.setModelPluginClass("");
    genModel.setEditPluginClass("org.helix.model.edit.HelixEditPlugin");
    genModel.setComplianceLevel(GenJDKLevel.JDK210_LITERAL);
    genModel.setImporterID("org.eclipse.emf.importer.ecore");
    genModel.setBundleManifest(true);
    genModel.setUpdateClasspath(false);
    genModel.setCreationIcons(false);
    genModel.setOperationReflection(true);
    genModel.setImportOrganizing(true);
    genModel.getForeignModel().addAll(List.of("core.ecore", "ecosystem.ecore", "governance.ecore", "programme.ecore", "materials.ecore"));
    genModel.getUsedGenPackages().add(ecoreGenPackage(resourceSet));
    for (GenPackage genPackage : genModel.getGenPackages())
    {
      genPackage.setBasePackage("org.helix.model");
      String name = genPackage.getEcorePackage().getName();
      genPackage.setPrefix(Character.toUpperCase(name.charAt(0)) + name.substring(1));
      genPackage.setDisposableProviderFactory(true);
      for (GenClass genClass : genPackage.getGenClasses())
      {
        String label = LABEL_FEATURES.get(genClass.getName());
        if (label != null)
        {
          GenFeature feature = genClass.getAllGenFeatures().stream().filter(f -> f.getName().equals(label)).findFirst()
            .orElseThrow(() -> new IllegalStateException("No feature " + label + " in " + genClass.getName()));
          genClass.setLabelFeature(feature);
        }
        for (GenFeature genFeature : genClass.getGenFeatures())
        {
          // ids are assigned by the persistence layer, never edited by hand
          if (genFeature.getEcoreFeature() instanceof EAttribute attribute && attribute.isID())
          {
            genFeature.setProperty(GenPropertyKind.READONLY_LITERAL);
          }
        }
      }
    }
    return genModel;
  }

  /** Same as "Reload" in the IDE: a fresh GenModel for the current .ecore contents, with the old settings. */
  static GenModel reload(GenModel oldGenModel)
  {
    List<EPackage> ePackages = new ArrayList<>();
    for (GenPackage genPackage : oldGenModel.getGenPackages())
    {
      ePackages.add(genPackage.getEcorePackage());
    }
    for (EPackage ePackage : ePackages)
    {
      if (ePackage == null || ePackage.eIsProxy())
      {
        throw new IllegalStateException("Unresolved Ecore package in " + oldGenModel.eResource().getURI());
      }
    }
    // remember per-feature settings that reconcile() does not carry over (it consumes the old GenModel)
    Map<EStructuralFeature, GenFeature> oldFeatures = new java.util.HashMap<>();
    for (GenPackage genPackage : oldGenModel.getAllGenPackagesWithClassifiers())
    {
      genPackage.getGenClasses().forEach(genClass -> genClass.getGenFeatures().forEach(f -> oldFeatures.put(f.getEcoreFeature(), f)));
    }
    GenModel genModel = GenModelFactory.eINSTANCE.createGenModel();
    genModel.initialize(ePackages);
    Resource resource = oldGenModel.eResource();
    resource.getContents().set(0, genModel);
    genModel.reconcile(oldGenModel);
    // settings of the IDE importer that reconcile() does not carry over
    genModel.setImporterID(oldGenModel.getImporterID());
    genModel.getForeignModel().addAll(oldGenModel.getForeignModel());
    for (GenPackage genPackage : genModel.getAllGenPackagesWithClassifiers())
    {
      for (GenClass genClass : genPackage.getGenClasses())
      {
        for (GenFeature genFeature : genClass.getGenFeatures())
        {
          GenFeature old = oldFeatures.get(genFeature.getEcoreFeature());
          if (old != null)
          {
            genFeature.setProperty(old.getProperty());
          }
        }
      }
    }
    if (genModel.getUsedGenPackages().isEmpty())
    {
      genModel.getUsedGenPackages().add(ecoreGenPackage(resource.getResourceSet()));
    }
    for (GenPackage used : genModel.getUsedGenPackages())
    {
      if (used.eIsProxy())
      {
        throw new IllegalStateException("Unresolved used GenPackage " + EcoreUtil.getURI(used));
      }
    }
    return genModel;
  }

  /** The GenPackage of Ecore itself (EString, EDate, ...), from model/Ecore.genmodel in the ecore jar. */
  static GenPackage ecoreGenPackage(ResourceSet resourceSet)
  {
    URI uri = URI.createPlatformPluginURI("org.eclipse.emf.ecore/model/Ecore.genmodel", true);
    GenModel ecoreGenModel = (GenModel)resourceSet.getResource(uri, true).getContents().get(0);
    return ecoreGenModel.getGenPackages().get(0);
  }

  static void validateEcore(GenModel genModel)
  {
    List<String> errors = new ArrayList<>();
    for (GenPackage genPackage : genModel.getGenPackages())
    {
      Diagnostic diagnostic = Diagnostician.INSTANCE.validate(genPackage.getEcorePackage());
      collect(diagnostic, errors, "Ecore " + genPackage.getEcorePackage().getName());
    }
    if (!errors.isEmpty())
    {
      errors.forEach(System.err::println);
      throw new IllegalStateException("Ecore validation failed");
    }
  }

  static void validateGenModel(GenModel genModel)
  {
    genModel.setCanGenerate(true);
    genModel.setValidateModel(true);
    Diagnostic diagnostic = Diagnostician.INSTANCE.validate(genModel);
    List<String> errors = new ArrayList<>();
    collect(diagnostic, errors, "GenModel");
    org.eclipse.core.runtime.IStatus status = genModel.validate();
    if (status.getSeverity() == org.eclipse.core.runtime.IStatus.ERROR)
    {
      errors.add("GenModel: " + status.getMessage());
      for (org.eclipse.core.runtime.IStatus child : status.getChildren())
      {
        errors.add("  " + child.getMessage());
      }
    }
    if (!errors.isEmpty())
    {
      errors.forEach(System.err::println);
      throw new IllegalStateException("GenModel validation failed");
    }
  }

  private static void collect(Diagnostic diagnostic, List<String> errors, String prefix)
  {
    if (diagnostic.getSeverity() >= Diagnostic.WARNING)
    {
      for (Diagnostic child : diagnostic.getChildren().isEmpty() ? Collections.singletonList(diagnostic) : diagnostic.getChildren())
      {
        String line = prefix + ": " + (child.getSeverity() >= Diagnostic.ERROR ? "ERROR " : "WARNING ") + child.getMessage();
        if (child.getSeverity() >= Diagnostic.ERROR)
        {
          errors.add(line);
        }
        else
        {
          System.out.println(line);
        }
      }
    }
  }

  static void generate(GenModel genModel)
  {
    generate(genModel, hasEditProject()
      ? new String[] { GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE }
      : new String[] { GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE });
  }

  static void generate(GenModel genModel, String... projectTypes)
  {
    // standalone: register the GenModel generator adapters (done by plugin.xml inside Eclipse)
    GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI, GenModelGeneratorAdapterFactory.DESCRIPTOR);
    Generator generator = new Generator();
    generator.setInput(genModel);
    List<String> errors = new ArrayList<>();
    for (String projectType : projectTypes)
    {
      Diagnostic diagnostic = generator.generate(genModel, projectType, new BasicMonitor());
      if (Boolean.getBoolean("helix.verbose"))
      {
        print(diagnostic, "");
      }
      collect(diagnostic, errors, "Generator " + projectType);
    }
    if (!errors.isEmpty())
    {
      errors.forEach(System.err::println);
      throw new IllegalStateException("Code generation failed");
    }
  }

  private static void print(Diagnostic diagnostic, String indent)
  {
    System.out.println(indent + diagnostic.getSeverity() + " " + diagnostic.getMessage());
    for (Diagnostic child : diagnostic.getChildren())
    {
      print(child, indent + "  ");
    }
  }

  static void save(Resource resource) throws IOException
  {
    resource.save(Map.of(XMLResource.OPTION_ENCODING, "UTF-8", XMLResource.OPTION_LINE_WIDTH, 80));
  }

  static void deleteTree(Path root) throws IOException
  {
    if (Files.isDirectory(root))
    {
      try (var paths = Files.walk(root))
      {
        for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList())
        {
          Files.delete(path);
        }
      }
    }
  }

  static Map<Path, byte[]> snapshot(Path bundles) throws IOException
  {
    Map<Path, byte[]> result = new java.util.LinkedHashMap<>();
    for (String project : projects())
    {
      for (String file : PROTECTED_FILES)
      {
        Path path = bundles.resolve(project).resolve(file);
        result.put(path, Files.exists(path) ? Files.readAllBytes(path) : null);
      }
    }
    return result;
  }

  /**
   * An item provider adapter factory registered by hand (an itemProviderAdapterFactories extension without the
   * "@generated" comment, e.g. org.helix.model.edit.EcosystemLabelsAdapterFactory in src/, which refines the generated
   * labels) replaces the generated one for its package. The generator's plugin.xml merge keeps the hand-written entry
   * but adds its own again; this removes that duplicate, so each package has one registration.
   */
  static void dropOverriddenFactories(Path pluginXml) throws IOException
  {
    if (!Files.exists(pluginXml))
    {
      return;
    }
    String xml = Files.readString(pluginXml);
    java.util.regex.Pattern extension = java.util.regex.Pattern.compile(
      "[ \\t]*<extension point=\"org\\.eclipse\\.emf\\.edit\\.itemProviderAdapterFactories\">.*?</extension>[ \\t]*\\r?\\n(?:[ \\t]*\\r?\\n)?",
      java.util.regex.Pattern.DOTALL);
    java.util.regex.Pattern uri = java.util.regex.Pattern.compile("uri=\"([^\"]+)\"");
    java.util.Set<String> handWritten = new java.util.HashSet<>();
    java.util.regex.Matcher blocks = extension.matcher(xml);
    while (blocks.find())
    {
      java.util.regex.Matcher u = uri.matcher(blocks.group());
      if (!blocks.group().contains("@generated") && u.find())
      {
        handWritten.add(u.group(1));
      }
    }
    if (handWritten.isEmpty())
    {
      return;
    }
    StringBuilder result = new StringBuilder();
    blocks = extension.matcher(xml);
    while (blocks.find())
    {
      java.util.regex.Matcher u = uri.matcher(blocks.group());
      boolean overridden = blocks.group().contains("@generated") && u.find() && handWritten.contains(u.group(1));
      blocks.appendReplacement(result, overridden ? "" : java.util.regex.Matcher.quoteReplacement(blocks.group()));
    }
    blocks.appendTail(result);
    Files.writeString(pluginXml, result.toString());
  }

  static void restore(Path bundles, Map<Path, byte[]> snapshot) throws IOException
  {
    for (Map.Entry<Path, byte[]> entry : snapshot.entrySet())
    {
      Path path = entry.getKey();
      if (entry.getValue() != null)
      {
        Files.write(path, entry.getValue());
      }
      else if (!Boolean.getBoolean("helix.keepProjectFiles"))
      {
        Files.deleteIfExists(path);
      }
    }
    for (String project : projects())
    {
      Path metaInf = bundles.resolve(project).resolve("META-INF");
      if (Files.isDirectory(metaInf))
      {
        try (var list = Files.list(metaInf))
        {
          if (list.findAny().isEmpty())
          {
            Files.delete(metaInf);
          }
        }
      }
    }
  }

}
