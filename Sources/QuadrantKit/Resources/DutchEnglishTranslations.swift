// The built-in translations between the Dutch and English lexicons: one pair a line, `nl word = en word`,
// both lemmas of their lexicon. Used when a participant switches language mid-walk. Lines starting with #
// are comments.
extension BuiltinLexicon {
    static let translations = #"""
# Both words of a pair have the same polarity: a quality with a quality, a distortion with a distortion.
# A lemma translates at most once each way. Where a word's best counterpart already has its own pair,
# `nl -> en` translates only the Dutch word and `nl <- en` only the English one.
# Lemmas without a real counterpart in the other lexicon stay out; they keep the participant's word.

# The seeds
klantgerichtheid = customer focus
grenzeloosheid = lack of boundaries
meegaandheid -> people-pleasing
duidelijkheid = clarity
grenzen stellen = setting boundaries
hardheid = harshness
starheid = rigidity
accuratesse = accuracy
pietluttigheid = nitpicking
creativiteit = creativity
efficiëntie = efficiency
daadkracht = decisiveness
drammerigheid = pushiness
geduld = patience
passiviteit = passivity
ongeduld = impatience

# Precision, care and pace
nauwkeurigheid = precision
laksheid = indiscipline
pragmatisme = pragmatism
slordigheid = sloppiness
onkunde = incompetence
chaos = chaos
structuur = structure
zweverigheid = being unrealistic
realisme = realism
fantasieloosheid = unimaginativeness
creativiteit <- originality
overhaastheid = haste
zorgvuldigheid = conscientiousness
grondigheid = thoroughness
omslachtigheid = overcomplication
oppervlakkigheid = superficiality
perfectionisme = perfectionism
starheid <- compulsiveness
overzicht = big-picture thinking
vakmanschap = craftsmanship
voortvarendheid = speed
productiviteit -> efficiency
traagheid = slowness
discipline = discipline
stiptheid = punctuality
orde = orderliness
planmatigheid = planning
relativeringsvermogen = moderation

# Reflection and thinking
bedachtzaamheid = reflection
bedachtzaamheid <- prudence
zelfreflectie -> reflection
zelfreflectie <- self-criticism
ondoordachtheid = jumping to conclusions
impulsiviteit = impulsiveness
navelstaren -> brooding
zwaarwichtigheid = brooding
overanalyseren = overthinking
oplossingsgerichtheid = solution focus
analytisch vermogen = analytical thinking
rationaliteit -> analytical thinking
intuïtie = intuition
kritisch vermogen = critical thinking
negativiteit = negativity
waardering = appreciation
jaloezie = jealousy
wijsheid = wisdom
slachtofferrol = victim mentality
haatdragendheid = resentment
vleierij = flattery
genuanceerdheid = nuance
vaagheid = vagueness
zwart-witdenken = black-and-white thinking
simplisme -> black-and-white thinking
eenvoud = simplicity
visie = vision
strategisch vermogen -> vision
kortzichtigheid = short-termism
kortzichtigheid <- reactivity
beschouwelijkheid -> reflection

# Care for others
behulpzaamheid = helpfulness
bemoeizucht = meddling
loslaten = letting go
loslaten <- delegation
onverschilligheid = indifference
onverschilligheid <- neglect
attentheid = attentiveness
attentheid <- consideration
zorgzaamheid = caring
zorgzaamheid <- protectiveness
betutteling = smothering
dienstbaarheid = selflessness
dienstbaarheid <- servant leadership
zelfopoffering = self-sacrifice
zelfzorg = self-care
egoïsme = selfishness
inlevingsvermogen = empathy
begrip -> empathy
compassie = compassion
kilheid = coldness
warmte = warmth
klefheid = over-familiarity
zachtaardigheid = gentleness
hardheid <- ruthlessness
zachtaardigheid <- kindness
sensitiviteit = sensitivity
ongevoeligheid = insensitivity
overgevoeligheid = oversensitivity
stressbestendigheid = resilience
incasseringsvermogen -> resilience
betrokkenheid = involvement
overbetrokkenheid = over-involvement
zakelijkheid = professionalism
professionele afstand -> objectivity
objectiviteit = objectivity
partijdigheid = favouritism
sentimentaliteit = sentimentality

# Service and contact
gastvrijheid = hospitality
opdringerigheid = intrusiveness
terughoudendheid = reserve
ingetogenheid -> reserve
afstandelijkheid = aloofness
afstandelijkheid <- impersonality
toegankelijkheid = approachability
toegankelijkheid <- responsiveness
ontoegankelijkheid -> aloofness
commerciële instelling = commercial drive
overtuigingskracht = persuasiveness
ontvankelijkheid = receptiveness
luistervaardigheid -> receptiveness
beïnvloedbaarheid = spinelessness
manipulatie = manipulation
berekenendheid -> manipulation
vriendelijkheid = friendliness
pleasegedrag = people-pleasing
beleefdheid = politeness
stijfheid = stiffness
ongegeneerdheid = rudeness
respect = respect
gezelligheid = sociability
praatzucht -> talkativeness

# Speaking and honesty
directheid = directness
botheid = bluntness
eerlijkheid = honesty
tact = tact
diplomatie = diplomacy
eromheen draaien = evasiveness
eromheen draaien <- slickness
tactloosheid = tactlessness
openheid = openness
openheid <- transparency
kwetsbaarheid -> openness
geslotenheid = secretiveness
discretie = discretion
loslippigheid = oversharing
welbespraaktheid = eloquence
welbespraaktheid <- communicativeness
langdradigheid = talkativeness
bondigheid = conciseness
zwijgzaamheid = curtness
integriteit = integrity
moralisme = preachiness
opportunisme = opportunism
principevastheid = conviction
dogmatisme = dogmatism

# Standing firm
assertiviteit = assertiveness
agressiviteit = aggressiveness
conflictvermijding = conflict avoidance
verbindend vermogen = harmony
slapheid = softness
weerbaarheid = firmness
weerbaarheid <- strength
standvastigheid -> firmness
onderdanigheid = obsequiousness
onderdanigheid <- meekness
wispelturigheid = inconsistency
inconsequentheid -> inconsistency
consequentheid = consistency
toegeeflijkheid = permissiveness
mildheid = leniency
verdraagzaamheid = tolerance
onverdraagzaamheid = intolerance
vooringenomenheid -> intolerance
ruimdenkendheid = open-mindedness
onbevangenheid -> open-mindedness
koppigheid = stubbornness
rechtvaardigheid = fairness
gelijkwaardigheid -> fairness
willekeur -> favouritism
vergevingsgezindheid = forgiveness
afschuiven = blaming

# Energy and calm
rust = calm
dynamiek = dynamism
gejaagdheid -> restlessness
rusteloosheid = restlessness
alertheid = vigilance
urgentiebesef = sense of urgency
uitstelgedrag = procrastination
paniekerigheid = panic
enthousiasme = enthusiasm
overenthousiasme = overzealousness
lusteloosheid = apathy
bevlogenheid = passion
fanatisme = fanaticism
ontspannenheid = relaxation
werkverslaving = workaholism
gedrevenheid = drive
ijver = diligence
toewijding = dedication
gemakzucht = laziness
gemakzucht <- giving up
doorzettingsvermogen = perseverance
vastberadenheid = determination
doelgerichtheid -> result orientation
doelloosheid = aimlessness
besluitvaardigheid -> decisiveness
besluiteloosheid = indecisiveness
initiatief = initiative

# Change and stability
flexibiliteit = flexibility
aanpassingsvermogen = adaptability
improvisatievermogen = improvisation
bureaucratie = bureaucracy
vernieuwingsdrang = innovation
avontuurlijkheid = adventurousness
avontuurlijkheid <- experimentation
stabiliteit = stability
behoudzucht = stagnation
betrouwbaarheid = reliability
onbetrouwbaarheid = unreliability
nieuwsgierigheid = curiosity
versnippering = lack of focus
focus = focus
tunnelvisie = tunnel vision
veelzijdigheid = versatility
deskundigheid = expertise
vakidioterie -> tunnel vision
leergierigheid = openness to feedback

# Humour and lightness
humor = humour
flauwheid = flippancy
ernst = seriousness
humorloosheid = humourlessness
speelsheid = playfulness
kinderachtigheid = childishness
vrolijkheid = cheerfulness
luchtigheid = light-heartedness
diepgang = depth
cynisme = cynicism
cynisme <- sarcasm
optimisme = optimism
optimisme <- positivity
pessimisme = pessimism
idealisme = idealism
nuchterheid -> calm
nuchterheid <- practicality
saaiheid = dullness
expressiviteit = expressiveness
dramatiek = melodrama
geremdheid = inhibition
zelfbeheersing = self-control
spontaniteit = spontaneity

# Self-image
bescheidenheid = modesty
bescheidenheid <- humility
zelfvertrouwen = self-confidence
arrogantie = arrogance
betweterigheid -> arrogance
onzekerheid = self-doubt
kleurloosheid = selling yourself short
ijdelheid = showing off
hoogdravendheid -> showing off
charisma = charisma
charisma <- charm
inspirerend vermogen -> charisma
ambitie = ambition
eerzucht = careerism
competitiviteit = competitiveness
rivaliteit = rivalry
tevredenheid = contentment
tevredenheid <- acceptance
zelfgenoegzaamheid = complacency
authenticiteit = authenticity

# Risk and money
voorzichtigheid = caution
voorzichtigheid <- safety awareness
moed = courage
lafheid = cowardice
roekeloosheid = recklessness
ondernemingszin = entrepreneurship
angstigheid = risk aversion
angstigheid <- worrying
zuinigheid = thrift
gierigheid = stinginess
hebzucht = greed
vrijgevigheid = generosity
verkwisting = wastefulness

# Trust, loyalty and leading
vertrouwen = trust
naïviteit = naivety
wantrouwen = suspicion
loyaliteit = loyalty
volgzaamheid = blind loyalty
dwarsliggerij = contrariness
bereidwilligheid -> cooperation
gezagsgetrouwheid = obedience
zelfstandigheid = independence
onafhankelijkheid -> independence
afhankelijkheid = clinginess
eigengereidheid = individualism
samenwerkingsgerichtheid = cooperation
saamhorigheid = team spirit
verbondenheid = connectedness
bindingsangst = fear of commitment
collegialiteit -> team spirit
groepsdenken = conformism
sturing = directiveness
sturing <- leadership
controlezucht = micromanagement
controlezucht <- over-responsibility
vrijblijvendheid = passing the buck
vrijblijvendheid <- half-heartedness
gezag = authority
bazigheid = bossiness
dominantie -> bossiness
eigenmachtigheid -> bossiness
verantwoordelijkheidsgevoel = responsibility
resultaatgerichtheid = result orientation
mensgerichtheid = people orientation
mensgerichtheid <- personal attention
coachend vermogen = coaching
consensusgerichtheid = consensus building
"""#
}
