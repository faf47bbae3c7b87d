#!/usr/bin/env bash
# Draws the 16x16 type icons of org.helix.model.edit: a rounded square in the colour of the type's package with a
# white glyph for the type. The EMF generator only writes an icon where none exists, so these survive regeneration.
#   releng/scripts/make-type-icons.sh        (needs ImageMagick: apt-get install -y imagemagick fonts-dejavu-core)
set -euo pipefail
out="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)/bundles/org.helix.model.edit/icons/full/obj16"
convert=/usr/bin/convert
[[ -x $convert ]] || { echo "make-type-icons.sh: ImageMagick's convert is missing" >&2; exit 2; }

# package colours: core slate, ecosystem teal, governance purple, programme orange, materials brown
declare -A colour=([core]='#51606f' [ecosystem]='#0f7b72' [governance]='#6a4c93' [programme]='#d0661a' [materials]='#8a5a2b')

icon() { # package type glyph
  "$convert" -size 16x16 xc:none -fill "${colour[$1]}" -draw "roundrectangle 0,0 15,15 3,3" \
    -font DejaVu-Sans-Bold -pointsize 11 -fill white -gravity center -annotate +0+0 "$3" "$out/$2.gif"
}

icon core HelixModel 'H'; icon core SourceDocument '▤'; icon core SourceCitation '❝'; icon core Note 'N'
icon core MonetaryAmount '€'; icon core Milestone '◆'; icon core Indicator '↗'; icon core Measurement '•'
icon core Target '◎'

icon ecosystem Organisation '⌂'; icon ecosystem Person '☺'; icon ecosystem Relationship '↔'
icon ecosystem Jurisdiction '⚐'; icon ecosystem Sector '▦'; icon ecosystem ValueChain '⇶'
icon ecosystem ValueChainStage '→'; icon ecosystem Cluster '⁂'; icon ecosystem Technology '⚙'
icon ecosystem TechnologyPosition '+'; icon ecosystem TransitionPriority '!'; icon ecosystem AssessmentFramework '☷'
icon ecosystem AssessmentDimension '▥'; icon ecosystem SubCriterion 'c'; icon ecosystem StrategicDomain '★'
icon ecosystem Rating '✓'; icon ecosystem ValueChainPosition '+'; icon ecosystem DataSource 'D'
icon ecosystem CountryStrategy '⚑'; icon ecosystem StrategyPriority '▲'; icon ecosystem IndustrialSite '⚒'
icon ecosystem InfrastructureElement '⚡'; icon ecosystem DecarbonisationProject '♻'; icon ecosystem PolicyInstrument '§'
icon ecosystem FundingInstrument '€'

icon governance GovernanceBody '⚖'; icon governance PermanentCouncil 'P'; icon governance SoundingBoard 'K'
icon governance WorkingGroup 'W'; icon governance Membership '☺'; icon governance ReportingLine '↑'
icon governance Meeting '◷'; icon governance Decision '✔'; icon governance RulesOfProcedure '§'
icon governance StakeholderInput '✉'; icon governance FormalResponse '↩'

icon programme Programme '⚑'; icon programme Dimension '▥'; icon programme Theme '#'; icon programme Objective '◎'
icon programme Recommendation 'R'; icon programme PriorityAction '▶'; icon programme Deliverable '▣'
icon programme Risk '⚠'; icon programme AnnualProgramme '▦'; icon programme GovernmentMandate 'M'
icon programme ProgressReport '≡'; icon programme PlanBaseline 'B'; icon programme ActionSnapshot '◧'
icon programme ProgrammeEvaluation '✓'; icon programme Realisation '✔'

icon materials RawMaterial '◈'; icon materials MaterialGroup '⬡'; icon materials MaterialList '☰'
icon materials ListEntry '•'; icon materials SupplyShare '%'; icon materials MaterialActivity '⚙'
icon materials MaterialFlow '⇢'; icon materials MaterialsStrategy '⚑'; icon materials PolicyTrack '⇉'
icon materials TrackAction '▶'
echo "icons written to $out"
