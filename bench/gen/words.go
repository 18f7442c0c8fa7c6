package gen

// Vocabulary for synthetic names and text. The words are the field's own, so full-text
// searches such as "eczema probiotics" or "atopic dermatitis" meet many synthetic records
// and the index works at its real size. Enumerated values are those seed/registry.go and the record files accept.

var (
	studyDesigns = []string{"RANDOMIZED_CONTROLLED_TRIAL", "CONTROLLED_TRIAL", "META_ANALYSIS", "SYSTEMATIC_REVIEW", "SCOPING_REVIEW",
		"NARRATIVE_REVIEW", "CONSENSUS_STATEMENT", "EDITORIAL", "IN_VIVO_HUMAN_STUDY", "CITIZEN_SCIENCE_COHORT", "OBSERVATIONAL_STUDY",
		"ANIMAL_STUDY", "CONFERENCE_ABSTRACT", "EVIDENCE_SUMMARY"}
	designPhrase = map[string]string{
		"RANDOMIZED_CONTROLLED_TRIAL": "A randomised controlled trial", "CONTROLLED_TRIAL": "A controlled trial",
		"META_ANALYSIS": "A meta-analysis", "SYSTEMATIC_REVIEW": "A systematic review", "SCOPING_REVIEW": "A scoping review",
		"NARRATIVE_REVIEW": "A narrative review", "CONSENSUS_STATEMENT": "A consensus statement", "EDITORIAL": "An editorial",
		"IN_VIVO_HUMAN_STUDY": "A human study", "CITIZEN_SCIENCE_COHORT": "A citizen-science cohort",
		"OBSERVATIONAL_STUDY": "An observational study", "ANIMAL_STUDY": "An animal study",
		"CONFERENCE_ABSTRACT": "A conference abstract", "EVIDENCE_SUMMARY": "An evidence summary",
	}
	mechCategories = []string{"BARRIER", "METABOLITE", "IMMUNE", "NEURAL", "NUTRIENT", "MICROBIAL_BALANCE", "INFLAMMATION", "SKIN_BARRIER"}
	factorKinds    = []string{"DIET", "LIFESTYLE", "MEDICATION", "ILLNESS", "SKINCARE", "TOPICAL_ACTIVE", "SUPPLEMENT", "INTRINSIC"}
	stances        = []string{"SUPPORTS", "SUPPORTS", "SUPPORTS", "QUALIFIES", "CONTRADICTS"}
	effects        = []string{"INCREASES", "DECREASES", "NO_EFFECT", "MODULATES", "MIXED"}
	findingEffects = []string{"INCREASES", "DECREASES", "NO_EFFECT", "MODULATES", "MIXED", "DESCRIPTIVE"}

	conditionWords = []string{"atopic dermatitis", "eczema", "acne", "acne vulgaris", "psoriasis", "rosacea", "seborrhoeic dermatitis",
		"skin ageing", "skin hydration", "urticaria", "hidradenitis suppurativa", "irritable bowel syndrome", "food allergy",
		"infant eczema", "dry skin", "photoageing"}
	mechanismWords = []string{"gut barrier", "short-chain fatty acids", "butyrate", "tight junctions", "regulatory T cells", "Th2 inflammation",
		"IL-17 signalling", "sebum production", "skin barrier", "gut dysbiosis", "tryptophan metabolites", "IgE sensitisation",
		"mucosal immunity", "skin microbiome", "systemic inflammation", "IGF-1 signalling"}
	factorWords    = []string{"dietary fibre", "sugar intake", "dairy intake", "antibiotics", "stress", "sleep loss", "fermented foods", "sun exposure", "smoking", "omega-3 supplements"}
	outcomeWords   = []string{"SCORAD", "lesion counts", "transepidermal water loss", "skin hydration", "itch", "quality of life", "IgE levels", "sebum", "relapse rate", "stool microbiota"}
	measures       = []string{"SCORAD score", "lesion count", "transepidermal water loss", "skin hydration", "itch score", "serum IgE", "faecal butyrate", "sebum output"}
	genera         = []string{"Lactobacillus", "Lacticaseibacillus", "Lactiplantibacillus", "Bifidobacterium", "Streptococcus", "Limosilactobacillus", "Bacillus", "Akkermansia", "Saccharomyces"}
	epithets       = []string{"rhamnosus", "paracasei", "plantarum", "longum", "breve", "lactis", "reuteri", "salivarius", "thermophilus", "muciniphila", "coagulans", "acidophilus"}
	verbs          = []string{"reduces", "improves", "does not change", "may ease", "is linked to", "prevents", "worsens"}
	summaryOpeners = []string{"Probiotics containing", "Oral supplementation with", "A fermented product with", "Topical application of", "Daily intake of"}
	assessments    = []string{"Small trials point the same way but are heterogeneous.", "Mostly animal data; human trials are few.",
		"Reviews agree on the mechanism, not on the size of the effect.", "A marketing promise with little direct evidence.",
		"Replicated in several randomised trials."}
	evidenceNotes = []string{"Small sample.", "Positive primary outcome.", "No effect on the main score.", "Effect limited to infants.", "Review of several trials."}
	populations   = []string{"adults", "children", "infants", "pregnant women", "adolescents", "older adults", "mice"}
	journals      = []string{"Nutrients", "Microorganisms", "Journal of Dermatological Science", "Beneficial Microbes", "Frontiers in Microbiology",
		"British Journal of Dermatology", "Gut Microbes", "Allergy"}
	publishers = []string{"Health Press", "Skin Science Weekly", "Microbiome Digest", "Clinic Notes"}
	surnames   = []string{"Smith", "Garcia", "Chen", "Müller", "Rossi", "Kowalski", "Tanaka", "Silva", "Novak", "Larsen", "Okafor", "Dubois"}
	sections   = []string{"Introduction", "What is the gut–skin axis?", "What does the human evidence show?", "Key points", "Mechanisms", "Discussion", "References"}
)
