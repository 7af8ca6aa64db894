// The built-in English lexicon. The text between the quotes is a lexicon file; its format is in LEXICON.md.
extension BuiltinLexicon {
    static let english = #"""
language: en
# Daniel Ofman's core quadrant: core quality > pitfall > challenge > allergy.
# A quality is a strength; a distortion is a pitfall or an allergy (too much of a good thing).
# Per theme the words first, then the curated quadrants; the mirrored quadrants are at the end.
# The format is in LEXICON.md.

# ---------------------------------------------------------------------------------------------------
# Customer-facing teams: service, sales, support. The seed quadrant comes first: customer focus.
# ---------------------------------------------------------------------------------------------------

quality customer focus
  forms: customer-focused, customer-oriented, customer orientation, customer-centric, customer centricity
  synonyms: service orientation, service-minded, service-mindedness, customer friendliness, customer-friendly, putting the customer first, putting customers first, putting the client first, putting clients first, putting the patient first, putting patients first, putting the resident first, putting residents first, putting the student first, putting students first, putting the guest first, putting guests first, the patient comes first, patients come first, client focus, client-focused, client-oriented, customer awareness, customer-aware, customer-conscious, customer competence, customer-competent, putting the customer at the centre, putting the customer at the center, customer-centred, customer-centered, focus on customers, focus on the customer, customer service, good service, service-oriented, service, serving, service-minded attitude, patient-centred, patient-centered, client-centred, client-centered, person-centred, person-centered, customer-driven, customer obsession, customer-obsessed, customer-first, child-centred, child-centered, learner-centred, learner-centered, student-centred, student-centered, pupil-centred, good with customers, great with customers, brilliant with customers, good with clients, great with clients, close to your customers, close to the customer, close to the customers, close to your clients, patient-centredness, patient-centeredness, person-centredness, person-centeredness, client-centredness, client-centeredness, learner-centredness, learner-centeredness, student-centredness, student-centeredness, child-centredness, child-centeredness, customer-minded, customer-mindedness, client-minded, handling complaints, dealing with complaints, complaint handling, what the customer wants, what the customer actually wants, what customers want, what customers really want, what the client wants, the customer comes first, the customer always comes first, customer comes first, customers come first, the customer is king, put the patient first, put the patient first always, putting the patient first always, user focus, user-focused, user-centred, user-centered, user-centric, user-centricity, user orientation, user-oriented, focus on the user, focus on users, putting the user first, putting users first, the user comes first
  excess: lack of boundaries, people-pleasing, self-sacrifice, obsequiousness
  opposite-: harshness, rigidity, pushiness, indifference, coldness, bureaucracy

distortion lack of boundaries
  forms: boundless, boundaryless, boundarylessness
  synonyms: boundlessness, no boundaries, can't say no, cannot say no, unable to say no, no limits, without limits, not saying no, never saying no, unable to draw the line, limitlessness, poor boundaries, without boundaries, weak boundaries, hard to say no, find it hard to say no, struggle to say no, struggling to say no, never say no, never says no, letting people walk all over you, walk all over us, walk all over you, walking all over you, overcommit, we overcommit
  opposite+: clarity, setting boundaries, assertiveness, firmness, discretion

distortion people-pleasing
  forms: over-accommodating, overaccommodating, overaccommodation, over-accommodate
  synonyms: people pleasing, people-pleaser, too accommodating, eager to please, bending over backwards, going along with everything, giving in to everything, yes to everything, pleasing, overadapting, over-adapting, over-adaptation, overadaptation, need for approval, approval-seeking, seeking approval, wanting to be liked, need to be liked, always saying yes, populist, popularity-seeking, needing to be liked, need to please, accommodating, overpleasing, over-pleasing, placating, placate, placater, placation, appeasing, appease, kissing up, wanting to please everyone, wanting to please, trying to please everyone, the customer is always right, bend over backwards, always say yes, always says yes, says yes to everything, saying yes to every request, say yes to every request, wanting everyone to like you, wants everyone to like her, wants everyone to like him, needs everyone to like him, needs everyone to like her, want everyone to like me, goes along with anything, goes along with everything, going along with anything, agrees with everyone, agreeing with everyone, agree with everyone, giving in to demanding customers, giving customers whatever they want, giving away discounts, discounting too fast, discounting too quickly, giving away too much, giving too much away, avoiding saying no, can't say no to anyone, needing approval, needing validation, need for validation, validation-seeking, being too agreeable, too agreeable, overly agreeable, being overly agreeable, over-accommodation, saying yes to everyone, saying yes to everything, saying yes to everybody, promising things you can't deliver, promising things we can't deliver, things we can't deliver, too nice, saying yes too often, saying yes too quickly, saying yes too easily, saying yes to every client, say yes to every client, saying yes to every customer, say yes to every customer, agreeing to everything, agreeing to anything, agreeing with everything, saying yes to every, saying yes to anything, what they want to hear, what people want to hear, what the client wants to hear, what the customer wants to hear, what you want to hear, going along with whatever, go along with whatever, whatever the client says, whatever the customer says, whatever the client wants, just to get them off the phone, to get the customer off the phone, to get the caller off the phone, just to get the customer off the phone, say yes and then regret it, saying yes and then regretting it, saying yes and regretting it, say yes and regret it, to keep everyone happy, just to keep everyone happy, just to keep people happy, to keep people happy, letting the loudest, whoever shouts loudest, whoever shouts the loudest, whoever screams loudest, the loudest voice wins
  opposite+: clarity, setting boundaries, commercial drive, assertiveness

quality clarity
  forms: clear, clearly, unambiguous, clearer
  synonyms: clearness, lucidity, unambiguousness, explicitness, being clear, saying what you mean, explaining clearly, explicit, unequivocal, spell it out, spelling it out, manage expectations, managing expectations, being clearer, explaining things well, explaining things clearly, lucidness, plain language, in plain language, plain english, in plain english, explaining things in plain language
  excess: harshness, rigidity, black-and-white thinking, bluntness
  opposite-: lack of boundaries, people-pleasing, vagueness, evasiveness, conflict avoidance, spinelessness

quality setting boundaries
  forms: boundary setting, set boundaries, sets boundaries, setting a boundary
  synonyms: setting limits, saying no, able to say no, drawing the line, holding boundaries, healthy boundaries, clear boundaries, boundaries, dare to say no, daring to say no, limits, learn to say no, learning to say no, draw a line in the sand, drawing a line in the sand, push back on unreasonable requests, pushing back on unreasonable requests, professional boundaries, emotional boundaries, asserting boundaries, asserting your boundaries, asserting a boundary, enforcing boundaries, enforcing your boundaries, guarding your boundaries, protecting your boundaries, maintaining boundaries, maintaining your boundaries, setting boundaries for yourself
  excess: rigidity, harshness, coldness, intolerance, selfishness, stubbornness, aloofness, bluntness, bossiness, unavailability
  opposite-: lack of boundaries, people-pleasing, self-sacrifice, obsequiousness, spinelessness, conflict avoidance

distortion harshness
  forms: harsh, harshly
  synonyms: hardness, severity, heavy-handedness, unkindness, roughness, being hard on people, severe, punitive, unrelenting, draconian, tough love, nastiness, nasty, uncharitable, mean-spirited, meanness, severeness, hard-nosed, sternness, stern, unkind, heavy-handed, vitriolic, tough on people, haul someone over the coals, hauling people over the coals, read the riot act, reading the riot act, tear a strip off someone, tearing a strip off someone, heads will roll, relentlessness, humiliating people, humiliating others, shaming people, public shaming, naming and shaming, hard on people, too hard on people, hard on each other, too hard on each other, hard on others, brutality, brutal, snapping at the staff, telling people off in front of everyone, telling kids off in front of everyone, callousness, callous
  opposite+: customer focus, kindness, compassion, leniency, gentleness

distortion rigidity
  forms: rigid, rigidly
  synonyms: inflexibility, inflexible, unable to let go, rules are rules, set in your ways, stuck in your ways, stiff-neckedness, stubbornness, unbending, set in their ways, set in his ways, set in her ways, set in stone, straitjacket, strait-laced, straitlaced, prim, prudish, prissy, rigidness, prudishness, regimented, regimental, fixedness, primness, prissiness, need for structure, lack of flexibility, prude, non-flexible, unadaptable, can't handle change, can't deal with change, sticking to the script, reading from a script, planned to the minute, everything planned to the minute, no room for improvisation, not very flexible, not flexible, not flexible enough, legalistic, legalism, letter of the law, sticking to the letter of the law, going by the letter of the law, even when they make no sense, even when it makes no sense, even if it makes no sense, sticking to the rules even when, stick to the rules even when, doing everything by the book, everything by the book, every rule to the letter, following every rule to the letter, refusing anything that's not, refusing anything that isn't, refusing anything outside, refusing anything not on, reading from the script, reading off the script, reading off a script, locking everything down, lock everything down, reading out the policy, quoting policy at, quoting the rules at, down to the last minute, planning everything down to, stick to the rules no matter what, sticking to the rules no matter what, no matter what the situation
  opposite+: flexibility, customer focus, spontaneity, creativity, improvisation, adaptability, relaxation

# The seed examples first: these are the qualities, pitfalls, challenges and allergies the bot offers first.
quadrant customer focus > lack of boundaries > clarity > rigidity
quadrant customer focus > people-pleasing > setting boundaries > harshness
quadrant accuracy > nitpicking > flexibility > sloppiness
quadrant creativity > chaos > structure > rigidity
quadrant efficiency > haste > thoroughness > slowness
quadrant decisiveness > pushiness > patience > passivity
quadrant customer focus > lack of boundaries > clarity > harshness
quadrant customer focus > lack of boundaries > setting boundaries > rigidity
quadrant customer focus > lack of boundaries > setting boundaries > harshness
quadrant customer focus > people-pleasing > clarity > rigidity
quadrant customer focus > people-pleasing > clarity > harshness
quadrant customer focus > people-pleasing > setting boundaries > rigidity

quality commercial drive
  forms: commercially minded, commercial-minded, commercial
  synonyms: commercial awareness, commercial mindset, business sense, business acumen, sales drive, salesmanship, eye for business, business-mindedness, business-minded, close the deal, closing the deal, closing deals, nose for business, cold calling, upselling, rainmaker, selling, good at closing, deal-making, dealmaking, profit-driven, profit-focused, profit-oriented, profit-minded, financial acumen, financially astute, maximising profit, maximizing profit, maximise profit, maximize profit
  excess: pushiness, greed, manipulation, opportunism, slickness, careerism
  opposite-: people-pleasing, passivity, complacency, apathy

distortion pushiness
  forms: pushy, pushing
  synonyms: pushing too hard, pushing people, pushing them too hard, pushing people too hard, pushing the kids too hard, hard sell, hard selling, steamrolling, bulldozing, railroading, forcing things, nagging, insistent, insistence, gung-ho, henpecking, overselling, overselling yourself, forwardness, nag, steamroller, in-your-face, twisting people's arms, twist people's arms, always be closing, won't take no for an answer, not taking no for an answer, ramming it down people's throats, ramming things down people's throats, high-pressure sales, pressure selling, pushing customers into buying, pushing people into buying, stuff they don't need, things they don't need, the hard sell, pushing the extended warranty, pushing warranties, pushing products, pushing products on, pushing extras, pushing upsells, products the customer doesn't need, a product the customer doesn't need, products people don't need, products they don't need, things people don't need, stuff people don't need
  opposite+: patience, receptiveness, customer focus, consensus building

distortion greed
  forms: greedy, greedily, greediness
  synonyms: avarice, avaricious, money-grabbing, acquisitiveness, grasping, mercenary, profit at all costs, materialistic, materialism, money-minded, money-grubbing, covetousness, covetous, venal, grabby, grabbiness, avidity, voracity, venality, rapaciousness, rapacious, rapacity, cupidity, acquisitive, taking all the credit, taking the credit for others' work, taking credit for other people's work, commercialism, insatiable, insatiability, gluttony, gluttonous, only caring about the figures, only caring about the sales figures, only caring about the money, only caring about money, only caring about sales, only caring about profit, only about the money, only in it for the money, only cares about the figures, only care about the figures, only cares about the sales figures, only care about the sales figures, only cares about money, only care about money, only cares about the money, only care about the money, only cares about sales, only care about sales, only cares about profit, only care about profit, billing hours for nothing, billing for doing nothing, billing hours for doing nothing, padding the bill, padding the hours, padding hours, padding invoices
  opposite+: generosity, contentment

quadrant customer focus > people-pleasing > commercial drive > pushiness

quality persuasiveness
  forms: persuasive, persuasively, persuade, persuading
  synonyms: persuasion, power of persuasion, powers of persuasion, convincingness, convincing, influencing skills, negotiation, negotiating, negotiation skills, negotiator, selling ice to Eskimos, sell sand in the desert, influencing others, influencing people, influencing stakeholders, ability to influence, influence, winning others over, winning people over, win people over, wins people over
  excess: pushiness, manipulation, bossiness, slickness, arrogance
  opposite-: passivity, spinelessness, self-doubt, meekness, vagueness

distortion manipulation
  forms: manipulative, manipulate, manipulating, manipulativeness
  synonyms: scheming, hidden agendas, deviousness, devious, spin doctoring, sneaky, sneakiness, underhand, underhanded, calculating, sly, slyness, wily, crafty, craftiness, machiavellian, exploitative, exploitation, gaslighting, guilt-tripping, emotional blackmail, politicking, playing politics, office politics, schemer, conniving, hidden agenda, furtiveness, furtive, calculatingness, underhandedness, wiliness, cunning, plotting, gamesmanship, pulling the strings, pull the strings, playing people off against each other, playing people off against one another, mind games, playing games with people, political games, game-playing, playing mind games, playing games, smoke and mirrors
  opposite+: honesty, transparency, integrity

quality receptiveness
  forms: receptive, receptivity
  synonyms: listening, good listener, listening skills, willingness to listen, openness to others, attentive listening, listen, listens, listener, listening well, active listening, hear people out, hearing people out, consultative selling, interrupting less, interrupt less, letting others finish, letting people finish, let others finish, letting others speak
  excess: passivity, meekness, people-pleasing, spinelessness, naivety, conformism, indecisiveness, selling yourself short
  opposite-: pushiness, stubbornness, arrogance, bossiness, dogmatism

quadrant persuasiveness > pushiness > receptiveness > passivity

quality charm
  forms: charming, charmingly
  synonyms: likeability, likability, likeable, likable, personableness, personable, winning manner, graceful, gracefulness, elegance, elegant, charmer, likableness, likeableness, suavity, suave, urbanity, urbane, winsome
  excess: slickness, manipulation, flattery, showing off, inauthenticity
  opposite-: bluntness, rudeness, coldness, aloofness

distortion slickness
  forms: slick, slickly
  synonyms: smooth talk, smooth-talking, smooth talker, glibness, glib, oiliness, too smooth, salesy, oily, unctuous, smooth operator, smoothness, unctuousness, sleaziness, sleazy, used car salesman, schmoozing, schmoozer, schmoozy
  opposite+: honesty

quadrant charm > slickness > honesty > bluntness

quality friendliness
  forms: friendly
  synonyms: amiability, amiable, affability, affable, pleasantness, cordiality, cordial, geniality, genial, pleasant, agreeable, agreeableness, easy to work with, congeniality, congenial, amicability, amicable, neighbourliness, neighbourly, neighborliness, neighborly, getting along with everyone, gets along with everyone, get along with everyone, getting on with everyone, gets on with everyone, get on with everyone, getting on with people, gets on with people, bonhomie
  excess: obsequiousness, people-pleasing, conflict avoidance, flattery, spinelessness, over-familiarity, softness, naivety, inauthenticity, talkativeness
  opposite-: bluntness, curtness, rudeness, coldness, aloofness, harshness

distortion obsequiousness
  forms: obsequious, obsequiously
  synonyms: sycophancy, sycophantic, servility, servile, subservience, subservient, fawning, sucking up, bootlicking, yes-man, kowtowing, people-pleasing, toadying, ingratiating, yes-saying, crawling, grovelling, groveling, crawler, suck-up, kiss-up, lapdog, sliminess, slimy, slavish, slavishness, bootlicker, yes-sayer, teacher's pet, sucks up to, suck up to, currying favour, currying favor, curry favour, curry favor, smiling even when people are rude, smile even when people are rude, keep smiling no matter what, keeping smiling no matter what, smiling through the abuse, smiling through it, smiling no matter what, smile no matter what, smiling even when, smile even when, still smiling when, yes-men, yes men
  opposite+: directness, independence

quality directness
  forms: direct, directly
  synonyms: frankness, frank, straightforwardness, straightforward, candour, candor, outspokenness, outspoken, speaking your mind, saying it like it is, plain speaking, giving feedback, forthright, forthrightness, upfront, addressing issues, addressing problems, saying what you think, no-nonsense, straight talking, plain-spoken, straight talk, calling a spade a spade, say it like it is, tell it like it is, telling it like it is, no beating about the bush, not beating about the bush, straight shooter, speak your mind, doesn't mince words, doesn't mince his words, doesn't mince her words, not mincing your words, not mincing words, tackling things head on, tackle it head on, tackling problems head on, facing things head on, giving a straight answer, gives a straight answer, straight answers, says what he thinks, says what she thinks, say what you think, say what I think, doesn't hold back, not holding back, tells you straight, calling people out, call people out, calls people out, saying what we think, say what we think, saying what we mean, say what we mean, straight-talker, straight talker, plain-speaking, naming the elephant in the room, name the elephant in the room, addressing the elephant in the room, naming the elephant, constructive disagreement, constructive conflict, productive conflict, healthy conflict, engaging in debate, challenging each other, challenge each other, challenging one another, giving constructive feedback, give constructive feedback, giving each other feedback, give each other feedback, being straight with people, straight with people, be straight with people, being straight with each other, straight with each other, being straight with you, being upfront with people, being straight, levelling with people, leveling with people, level with people, telling it how it is, tell it how it is, saying it how it is, say it how it is, not pulling punches, not pulling your punches, doesn't pull punches, doesn't pull any punches, no punches pulled, don't sugarcoat things, dont sugarcoat things, don't sugarcoat, dont sugarcoat, not sugarcoating, no sugarcoating, without sugarcoating, saying it when something bothers you, when something bothers us, when something bothers you, say it when something bothers us
  excess: bluntness, rudeness, aggressiveness, tactlessness, harshness, insensitivity, curtness, loudness
  opposite-: evasiveness, obsequiousness, conflict avoidance, flattery, vagueness, spinelessness, secretiveness

distortion bluntness
  forms: blunt, bluntly
  synonyms: tactlessness, brusqueness, brusque, abrasiveness, abrasive, brutal honesty, undiplomatic, brash, brashness, brutally honest, bruskness, brusk, honest to a fault, too honest for your own good
  opposite+: diplomacy, tact, friendliness, harmony, charm, encouragement

distortion rudeness
  forms: rude, rudely
  synonyms: impoliteness, impolite, discourtesy, discourteous, disrespect, disrespectful, bad manners, incivility, insolence, insolent, cheeky, cheekiness, crude, crudeness, vulgar, vulgarity, coarseness, crassness, uncivil, boorish, boorishness, lack of respect, lack of manners, impertinence, impertinent, impudence, impudent, insulting, mannerless, obnoxious, obnoxiousness, brazen, brazenness, loutish, oafish, shameless, shamelessness, churlish, churlishness, no respect, offensiveness, offensive, uncouthness, uncouth, unmannerly, ungraciousness, ungracious, mouthy, mouthiness, foul-mouthed, biting people's heads off, bite people's heads off, cutting people off, cuts people off, cutting customers off, cutting callers off, cutting the caller off, cutting the customer off, slamming the door in your face, slam the door in your face, door in your face, laughing at someone, laughing at people, laughing at others, laughing at colleagues, laughing at customers, making fun of people, hanging up on, hanging up on customers, hanging up on callers, putting the phone down on, making fun of others, making fun of colleagues, making fun of customers, making fun of patients, talking back, answering back, backchat, back chat, back-chat
  opposite+: politeness, respect, consideration, diplomacy, friendliness

quadrant friendliness > obsequiousness > directness > bluntness

quality politeness
  forms: polite, politely
  synonyms: courtesy, courteous, courteously, good manners, civility, decorum, etiquette, graciousness, gracious, well-mannered, manners, civil, civilised, civilized, gallantry, chivalry, chivalrous, courteousness, courtliness, courtly, decorous, decorousness, gentility, gallant, saying please and thank you
  excess: stiffness, obsequiousness, flattery, aloofness, evasiveness, conflict avoidance, people-pleasing, inauthenticity
  opposite-: rudeness, over-familiarity, bluntness, tactlessness, aggressiveness

distortion stiffness
  forms: stiff, stiffly
  synonyms: formality, over-formality, overly formal, stuffiness, stuffy, starchiness, starchy, woodenness, formal, too formal, wooden, formalism, ceremoniousness, ceremonious
  opposite+: approachability, spontaneity

quality respect
  forms: respectful, respectfully, respecting
  synonyms: respectfulness, esteem for others, treating people with dignity, honouring others, honoring others, deference to others, treat people as equals, treating people as equals, treating patients with dignity, respecting boundaries, respecting other people's boundaries, respecting others' boundaries, reverence, reverent
  excess: obsequiousness, aloofness, conflict avoidance, meekness, people-pleasing, stiffness
  opposite-: rudeness, arrogance, tactlessness, bossiness, intrusiveness

quadrant respect > obsequiousness > directness > rudeness
quadrant politeness > obsequiousness > directness > rudeness

quality approachability
  forms: approachable
  synonyms: accessibility, accessible, informality, informal manner, open door, open-door policy, easy to talk to, informalness, down to earth manner, my door is always open, informal
  excess: over-familiarity, people-pleasing, lack of boundaries, softness
  opposite-: stiffness, aloofness, bossiness, arrogance, coldness, secretiveness

distortion over-familiarity
  forms: over-familiar, overfamiliar, overfamiliarity
  synonyms: chumminess, too chummy, too familiar, matiness, too pally, crossing professional boundaries, overstepping the mark, chummy, familiarity, matey, too matey, pally, overly pally, too casual, overly casual, too informal, overly informal, over-casual
  opposite+: professionalism, politeness, authority, reserve

quadrant politeness > stiffness > approachability > over-familiarity

quality hospitality
  forms: hospitable, hospitably
  synonyms: welcoming attitude, welcoming, making people feel welcome, warm welcome, hostmanship, graciousness, hospitableness, welcomingness, making guests feel at home, making people feel at home, feel at home, making guests feel welcome, feel welcome, feel welcome here
  excess: over-familiarity, meddling, smothering, self-sacrifice, people-pleasing, wastefulness, lack of boundaries
  opposite-: aloofness, coldness, selfishness, stinginess

quality professionalism
  forms: professional, professionally
  synonyms: businesslike attitude, businesslike, professional attitude, professional conduct, keeping it professional, formality
  excess: aloofness, impersonality, coldness, rigidity, stiffness, insensitivity
  opposite-: over-familiarity, sloppiness, unreliability, sentimentality

distortion aloofness
  forms: aloof
  synonyms: standoffishness, standoffish, distant, remoteness, unapproachability, unapproachable, keeping people at arm's length, detachment, detached, withdrawn, reclusive, unsociable, antisocial, sullen, inaccessible, inaccessibility, out of touch, disconnected, sullenness, reclusiveness, solitariness, distantness, unreachable, introverted, introvert, distance, recluse, introversion, solitude, seclusion, asocial, anti-social, hard to reach, hiding in the office, emotional detachment, emotionally detached, emotionally distant, emotional distance, shutting down emotionally, emotionally shutting down, emotional shutdown, never saying hello, not saying hello, don't even say hello, never say hello, hiding in your office, hides in your office, never leaves your office, never leave your office, never leaving your office, never talking to, never talk to, never talks to
  opposite+: warmth, sociability, attentiveness, expressiveness, hospitality, approachability, connectedness, involvement

quadrant hospitality > over-familiarity > professionalism > aloofness

quality responsiveness
  forms: responsive, responsively
  synonyms: availability, reachability, reachable, quick response, prompt replies, promptness, being there for customers, gets back to people quickly, getting back to people quickly, on the ball, getting back to customers, getting back to people the same day, getting back to customers the same day, same-day response, calling people back, calling customers back, answering every email, answering emails quickly, answering every call, answering every email within a day, answering emails within a day
  excess: reactivity, haste, restlessness, people-pleasing, lack of focus, lack of boundaries
  opposite-: tunnel vision, slowness, indifference, bureaucracy

distortion unavailability
  forms: unreachability
  synonyms: being unavailable, never available, never reachable, hard to get hold of, impossible to get hold of, can never get hold of, never picking up the phone, never picks up the phone, never answering the phone, not answering emails, never answering emails, switching your phone off, out of office all the time
  opposite+: responsiveness

distortion reactivity
  forms: reactive, reactively, reactiveness
  synonyms: firefighting, fire-fighting, jumping at every request, dropping everything, always on, at everyone's beck and call, putting out fires, crisis mode, always in crisis
  opposite+: focus, planning, calm, reflection, self-control

quadrant responsiveness > reactivity > focus > tunnel vision
quadrant responsiveness > lack of boundaries > setting boundaries > unavailability

quality personal attention
  forms: personal approach, personalised, personalized
  synonyms: personal touch, individual attention, tailor-made approach, tailoring, customisation, customization, seeing the person, personal, individualization, individualisation, knowing everyone by name, knowing people by name, knowing all our customers by name, knowing every resident by name, the attention they need, giving everyone the attention they need, treating every caller like they matter, looking at the person behind, the person behind the case, the person behind the file, time for a chat, taking time for a chat, making time for a chat, by name, knowing everyone on the estate by name, remembering what each guest likes, what each guest likes, what each customer likes, remembering what people like
  excess: favouritism, over-involvement, intrusiveness, over-familiarity, smothering, slowness
  opposite-: impersonality, indifference, coldness, bureaucracy

quality fairness
  forms: fair
  synonyms: justice, sense of justice, equal treatment, treating everyone equally, fair play, fair-mindedness, even-handed treatment, reasonable, reasonableness, equity, egalitarian, egalitarianism, treating everyone the same, treat everyone the same, level playing field, sportsmanship, good sportsmanship, sportsmanlike, being a good sport, a good sport, good loser, gracious loser, the same treatment, gets the same treatment, the same treatment for everyone, same treatment, treating everyone fairly, treating people fairly, treating everybody fairly
  excess: impersonality, rigidity, preachiness, harshness, indecisiveness, resentment, bureaucracy
  opposite-: favouritism, opportunism, inconsistency

distortion impersonality
  forms: impersonal, impersonally
  synonyms: treating people as numbers, one-size-fits-all, facelessness, faceless, robotic, computer says no, mechanical, businesslike to a fault, scripted, treating people like numbers, just a number, feel like just a number, copy and paste answers, canned responses, spreadsheet mentality, like a number, treating callers like a number, treating people like a number, only caring about the numbers, only care about the numbers, all about the numbers, numbers over people, treat people like numbers, treat people like a number, treat callers like a number, treat customers like a number, treating customers like a number, treat patients like a number, treating patients like a number, nothing but a number, nothing but a case number, just a case number, as a case number, a case number, as a file number, just a file number, as a number, as numbers, with a standard answer, a standard answer, a stock answer, stock answers, standard answers, a standard reply, sending the same letter, the same letter three times, the same standard letter, a standard letter
  opposite+: personal attention, warmth, empathy, caring, attentiveness

distortion favouritism
  forms: favoritism
  synonyms: nepotism, cronyism, playing favourites, playing favorites, preferential treatment, double standards, partiality, partial, bias, one-sided, one-sidedness, unfair, unfairness, injustice, discrimination, discriminating, prejudiced treatment, unjust, taking sides, old boys' network, old boys' club, jobs for the boys, blue-eyed boy, golden boy, bending the rules for, bending the rules for regulars, bending the rules for friends, special treatment for regulars, favourite pupils, having favourites, have favourites, favourite students, favourite children, favorite pupils, your favourites, his favourites, her favourites, their favourites, picking favourites
  opposite+: fairness, objectivity, integrity, consistency

quadrant fairness > impersonality > personal attention > favouritism

quality speed
  forms: speedy, speedily, swift, swiftly, swiftness, quickness, quicker, faster
  synonyms: rapidity, briskness, brisk, working fast, quick turnaround, fast pace, fast, pace, being quicker, being faster, working quicker, working faster, getting things done quicker, velocity, within the hour, within an hour, fixing tickets fast, next-day delivery, deliver the next day, delivering the next day, same-day delivery, deadline focus, deadline-focused, deadline-driven, deadline-oriented, focus on deadlines, delivery-focused, shipping fast, speed to market, time to market
  excess: haste, sloppiness, superficiality, impulsiveness, impatience, jumping to conclusions, quick fixes, restlessness
  opposite-: slowness, procrastination, overthinking, bureaucracy

quality efficiency
  forms: efficient, efficiently
  synonyms: productivity, productive, effectiveness, effective, getting things done, working smart, economy of effort, streamlining, prolific, work smarter not harder, working smarter not harder, no wasted effort, gets things done, get things done, getting stuff done, gets stuff done, lean thinking, lean mindset, clearing the backlog, clearing backlogs, cleared the backlog, closing the conversation, closing conversations, closing the call, ending the call, ending calls, wrapping up the call, wrapping up calls, wrapping up the conversation, bringing the conversation to a close, bringing conversations to a close, ending conversations, wrapping up conversations, ending the conversation
  excess: haste, coldness, superficiality, sloppiness, impatience, ruthlessness, rigidity, quick fixes, impersonality, curtness, jumping to conclusions, short-termism, workaholism
  opposite-: slowness, bureaucracy, overcomplication, chaos, perfectionism

distortion haste
  forms: hasty, hastily, hastiness, rush, rushed, rushing
  synonyms: hurry, hurriedness, hurried, hecticness, hectic, rushing things, doing things in a rush, rushedness, overhasty, getting ahead of yourself, running before you can walk, deciding too quickly, deciding too fast, rushing decisions, rushing into decisions, stress, stressful, under stress, always under pressure, going too fast, go too fast, too quickly, too quick, too fast, too hastily, too hasty
  opposite+: thoroughness, reflection, calm

distortion slowness
  forms: slow, slowly
  synonyms: sluggishness, sluggish, dawdling, dragging your feet, foot-dragging, taking forever, inefficiency, inefficient, plodding, dilly-dallying, dillydallying, dilly-dally, at a snail's pace, slowcoach, taking ages, take ages, takes ages, letting calls drag on, letting conversations drag on, letting meetings drag on, letting things drag on, letting it drag on, letting the call drag on, calls that drag on, dragging on, letting calls go on too long, letting calls run on, letting conversations go on too long, taking so long, take so long, taking too long, take too long, it takes forever, takes forever, keeping people waiting, keep people waiting, keeping patients waiting, keep patients waiting, keeping customers waiting, keep customers waiting, taking weeks to, taking weeks over, taking days over, taking months over, taking three weeks over, taking two weeks over, taking three weeks to, leaving it for days, leaving it for weeks, leaving things for days, leaving things for weeks, letting it sit for days, letting it sit for weeks, letting tickets sit for days, sitting on it for days, sitting on it for weeks, letting it lie for days, leaving tickets for days, leaving emails for days, months to approve, weeks to approve, months to answer, weeks to answer, weeks to reply, months to reply, on hold for twenty minutes, on hold for half an hour, on hold for an hour, on hold for ages, keeping the customer on hold, keeping customers on hold, keeping callers on hold, keeping people on hold, keeping them on hold, leaving people waiting, leaving customers waiting, leaving guests waiting, leaving patients waiting, leaving callers waiting, sitting on complaints, sitting on tickets, sitting on emails, sitting on things for, sitting on it for months, sitting on them for months, staying too long, staying too long with each, spending too long with each, not fast enough, not quick enough, dont act fast enough, do not act fast enough, not act fast enough, wait too long, waiting too long
  opposite+: efficiency, speed, decisiveness

quality thoroughness
  forms: thorough, thoroughly
  synonyms: carefulness, careful, meticulousness, meticulous, rigour, rigor, rigorous, leaving no stone unturned, precision, conscientiousness, painstaking, painstakingness, comprehensiveness, completeness, double-checking, double-check, due diligence, leave no stone unturned, dotting the i's and crossing the t's, dot the i's and cross the t's, crossing the t's, do your homework, doing your homework, test-driven, edge cases, thinking about edge cases, completer finisher, completer-finisher, never cutting corners, never cut corners, never cuts corners, checking everything twice, check everything twice, checking twice, checking everything carefully
  excess: perfectionism, slowness, nitpicking, overthinking, overcomplication, compulsiveness
  opposite-: superficiality, haste, sloppiness, quick fixes, laziness, indiscipline, jumping to conclusions

quadrant speed > haste > thoroughness > slowness

quality patience
  forms: patient, patiently
  synonyms: forbearance, ability to wait, taking your time, unhurriedness, unhurried, even temper, even-tempered, taking time, being able to wait, good-tempered, even-temperedness, long-suffering, take your time, bide your time, biding your time, give it time, giving it time, takes his time, takes her time, takes their time, never rush people, never rushing people, never rush, never rushing, explaining it ten times, explain it ten times, ten times if we have to, explaining things again and again
  excess: passivity, indecisiveness, slowness, permissiveness, procrastination, spinelessness
  opposite-: pushiness, impatience, overzealousness, restlessness, haste, impulsiveness, aggressiveness, bossiness

distortion passivity
  forms: passive, passively, passiveness
  synonyms: inertia, inaction, inactivity, wait-and-see attitude, waiting and seeing, sitting back, resignation, apathy, wait-and-see, waiting it out, wait and see, waiting to be told, lack of initiative, lack of drive, no initiative, waiting for things to happen, sitting on your hands, sit on your hands, sitting on the sidelines, sit on the sidelines, waits to be told, wait to be told, waits for instructions, waiting for instructions, sitting there waiting, just sitting there, sitting around waiting, waiting around, letting things drift, never acting, never act, never taking action, never take action, endless listening, listening endlessly, letting callers ramble, letting customers ramble, letting people ramble on, only talking and never doing anything, talking and never doing, only talk and never do anything, only talks and never does anything, talk and never do anything, standing around chatting, while it gets worse, while things get worse, letting it get worse, letting things get worse, letting it escalate, letting things escalate, standing around doing nothing, standing around waiting
  opposite+: decisiveness, determination, initiative, drive, persuasiveness, enthusiasm, assertiveness

quality decisiveness
  forms: decisive, decisively
  synonyms: resoluteness, resolute, decision making, making decisions, taking decisions, action orientation, action-oriented, making choices, deciding, doer, man of action, woman of action, action-orientedness, power to act, power of action, action, unhesitating, make the call, making the call, pull the trigger, pulling the trigger, nip it in the bud, nipping it in the bud, nipping things in the bud, making tough calls, making the tough calls, making hard calls, making the hard decisions, making hard decisions, making decisions faster, making decisions quicker, deciding faster, deciding quicker, stepping in straight away, step in straight away, stepping in right away, step in right away, acting straight away
  excess: pushiness, haste, impulsiveness, recklessness, bossiness, jumping to conclusions, impatience, quick fixes, restlessness
  opposite-: passivity, indecisiveness, overthinking, procrastination, worrying, spinelessness

quality determination
  forms: determined
  synonyms: resolve, single-mindedness, single-minded, purposefulness, purposeful, strong will, strong-willed, iron-willed, iron will, see it through, seeing it through, strong-minded, strong-mindedness
  excess: pushiness, stubbornness, rigidity, fanaticism, ruthlessness, aggressiveness, tunnel vision, impatience, bossiness, overzealousness
  opposite-: passivity, indecisiveness, giving up, spinelessness, half-heartedness, aimlessness

quality drive
  forms: driven
  synonyms: motivation, motivated, self-motivation, go-getter, inner drive, hunger for results, ambition, go-getting, drivenness, fire in the belly, belbin shaper
  excess: impatience, workaholism, fanaticism, pushiness, ruthlessness, restlessness, overzealousness, bossiness, haste, tunnel vision, careerism, rivalry
  opposite-: passivity, laziness, apathy, complacency, half-heartedness, indifference

distortion impatience
  forms: impatient, impatiently
  synonyms: short fuse, wanting everything now, wanting it yesterday, can't wait, irritability, irritable, irritated, irritation, annoyed, annoyance, tetchy, snappish, peevish, lack of patience, testiness, peevishness, no patience, irritableness, little patience, low patience, losing patience, low frustration tolerance, wanting it done yesterday, champing at the bit, chomping at the bit, wants results now, wanting instant results, running ahead of the team, running ahead of the troops, running ahead of others, running ahead of everyone, running ahead of the group, getting ahead of the team, racing ahead of the team, leaving the team behind, leaving others behind, not patient, wanting everything done yesterday, everything done yesterday, wanting everything done right now, everything done right now, wanting everything right now, everything right now, before they've finished their sentence, before anyone has finished, before people have finished, before they've finished talking, finishing people's sentences, finishing other people's sentences
  opposite+: patience, calm, acceptance, reflection

quadrant determination > pushiness > patience > passivity
quadrant drive > impatience > patience > passivity

quality solution focus
  forms: solution-focused, solution-oriented, solution orientation
  synonyms: problem solving, problem-solver, finding solutions, can-do attitude, resourcefulness, resourceful, constructiveness, constructive, troubleshooting, can-do, first-time fix
  excess: quick fixes, haste, jumping to conclusions, superficiality, pushiness, impatience, short-termism
  opposite-: negativity, brooding, passivity, overthinking, worrying, pessimism

distortion quick fixes
  forms: quick fix, quick-fix solutions
  synonyms: papering over the cracks, band-aid solutions, sticking plasters, jumping to solutions, glossing over problems, fixing symptoms, hacky, technical debt, duct tape, hacking it together, hacked together, bodge job, bodging, kludge, quick and dirty fix, quick and dirty fixes, papering over cracks, paper over the cracks, patching things, patching things up quickly, patching things quickly, without fixing the root cause, not fixing the root cause, ignoring the root cause, ignoring root causes, treating symptoms, fixing the symptoms, jumping straight to solutions, jumping straight to a solution, nothing gets fixed properly, never fixing it properly, never fixing things properly, nothing gets fixed, never getting to the root cause, the first fix, go for the first fix, going for the first fix, never look at the root cause, never looking at the root cause
  opposite+: critical thinking, thoroughness, analytical thinking

quality critical thinking
  forms: critically
  synonyms: critical sense, critical eye, questioning attitude, healthy scepticism, healthy skepticism, discernment, criticality, discerning, questioning, asking critical questions, critical, sceptical, skeptical, scepticism, skepticism, sceptic, skeptic, constructive criticism, criticism, incisiveness, incisive, asking the hard questions, asking the difficult questions, question everything, questioning everything, playing devil's advocate, play devil's advocate, poke holes in it, poking holes in things, devil's advocate, devils advocate, challenging ideas, challenging assumptions, challenge assumptions, asking difficult questions, asking tough questions, asking the tough questions
  excess: suspicion, negativity, overthinking, nitpicking, contrariness, pessimism, arrogance, dogmatism, cynicism, blaming, disloyalty
  opposite-: naivety, blind loyalty, flattery, quick fixes, impulsiveness, conformism, obsequiousness

distortion negativity
  forms: negative, negatively
  synonyms: fault-finding, moaning, moan, moans, moaning all the time, complaining, grumbling, whining, whiny, whinging, criticising everything, criticizing everything, always finding fault, complainer, moaner, naysayer, naysaying, killjoy, spoilsport, wet blanket, party pooper, bitchiness, discontented, discontent, negativistic, whininess, whiner, dissatisfaction, dissatisfied, querulousness, querulous, destructiveness, destructive, malcontent, shooting down ideas, shooting ideas down, finding fault, finds fault, finding fault with everything, faultfinding, killing ideas, killing off ideas, yes-but attitude, yes but attitude, yes-butting, shooting down every idea, shooting down every new idea, shooting down new ideas, shoot down every idea, shoot down new ideas, tearing ideas apart, tearing every idea apart, picking ideas apart, never saying what was good, never say what was good, never saying what went well, never say what went well, never saying what's good, only pointing out what's wrong, only pointing out mistakes, only seeing what's wrong, only see what's wrong, never a word of praise, never a compliment, only point out mistakes, only points out mistakes, only point out what's wrong, only points out what's wrong, only sees what's wrong, never says what was good, never says what went well, complaining about everything, complain about everything, complains about everything, moaning about everything, moan about everything, moans about everything
  opposite+: appreciation, solution focus, positivity

quadrant solution focus > quick fixes > critical thinking > negativity

quality appreciation
  forms: appreciative, appreciatively, appreciate, appreciating
  synonyms: recognition, acknowledgement, acknowledgment, valuing others, giving compliments, praise, gratitude, grateful, aesthetic sense, sense of beauty, eye for beauty, giving praise, giving credit, giving recognition, praising, complimenting, compliments, gratefulness, thankfulness, thankful, give credit where credit's due, giving credit where credit's due, pat on the back, saying thank you, recognising people's efforts, recognizing people's efforts, seeing what's going well, seeing what goes well, focusing on what's going well, looking at what's going well, celebrating what's going well, celebrating successes, celebrating wins, celebrating your wins, celebrating your successes, celebrating small wins, celebrating each other's successes, celebrating team successes, acknowledging others, acknowledging people, recognising others, recognizing others, recognising people's contributions, recognizing people's contributions, recognizing others' contributions, recognising others' contributions, celebrating success, celebrate success, celebrate successes, celebrating more, celebrate more
  excess: flattery, naivety, people-pleasing, obsequiousness, toxic positivity
  opposite-: negativity, nitpicking, pessimism, arrogance

distortion flattery
  forms: flatter, flattering, flatterer
  synonyms: buttering up, sweet-talking, empty praise, brown-nosing, smarminess, smarmy, fulsome, fulsomeness, brown-noser, kissing ass, laying it on thick, buttering people up, butter people up, blowing smoke, apple-polishing, apple polishing, apple-polisher
  opposite+: critical thinking, honesty, directness

quadrant appreciation > flattery > critical thinking > negativity

quality encouragement
  forms: encouraging, encourage, encouragingly
  synonyms: motivating others, cheering people on, building people up, morale boosting, giving courage, positive reinforcement, rooting for people, keep motivating, keeping them motivated, keep them motivated, motivating pupils, motivating students
  excess: flattery, naivety, toxic positivity, permissiveness, softness, pushiness
  opposite-: bluntness, negativity, harshness, nitpicking

quadrant encouragement > flattery > directness > bluntness

# ---------------------------------------------------------------------------------------------------
# Honesty, openness and tact.
# ---------------------------------------------------------------------------------------------------

quality honesty
  forms: honest
  synonyms: sincerity, sincere, truthfulness, truthful, telling the truth, telling it straight, sincereness, veracity, veracious, speaking the truth, come clean, coming clean, above board, tell it straight, tells it straight, telling people the truth, telling the truth even when it hurts, straight with them, being straight with them
  excess: bluntness, tactlessness, harshness, preachiness, oversharing, rudeness, insensitivity
  opposite-: evasiveness, manipulation, flattery, slickness, dishonesty, opportunism, secretiveness

quality tact
  forms: tactful, tactfully
  synonyms: diplomacy, tactfulness, delicacy, finesse, choosing your words carefully, handling people well, delicate, softening the blow, soften the blow, softening the message, soften the message, thinking before you speak, thinking before you say something, think before we speak, think before we say something
  excess: evasiveness, secretiveness, vagueness, slickness, dishonesty, conflict avoidance, people-pleasing, flattery, inauthenticity
  opposite-: tactlessness, bluntness, rudeness, aggressiveness, insensitivity

quality diplomacy
  forms: diplomatic, diplomatically
  synonyms: tact, diplomatic skills, statesmanship, political savvy, knowing how to handle people, conflict resolution, conflict management, resolving conflicts, keep everyone on board, keeping everyone on board, smoothing things over, smooth things over, choosing your words, weighing your words, choosing one's words
  excess: evasiveness, secretiveness, vagueness, slickness, dishonesty, conflict avoidance, flattery, people-pleasing, opportunism, manipulation, inauthenticity, indecisiveness
  opposite-: bluntness, tactlessness, aggressiveness, rudeness, insensitivity

distortion evasiveness
  forms: evasive, evasively, evade, evading
  synonyms: beating around the bush, hedging, dodging, avoiding the issue, fudging, white lies, dodging questions, stonewalling, ducking the issue, elusive, shiftiness, mealy-mouthed, mealymouthed, beating about the bush, glossing over, evasion, indirectness, elusiveness, slipperiness, slippery, playing dumb, skirting around the issue, skirting round the issue, avoiding the question, avoids the question, never gives a straight answer, no straight answer, never a straight answer, changes the subject, changing the subject, non-answer, politician's answer, telling white lies, dancing around things, dancing around the issue, dancing around it, weaselly, weasel words, weaselling, weaseling, prevarication, prevaricating, prevaricate, diluting the message, watering down the message, softening the message too much
  opposite+: directness, honesty, openness

distortion tactlessness
  forms: tactless, tactlessly
  synonyms: bluntness, lack of tact, no filter, putting your foot in it, foot-in-mouth, indelicacy, clumsy, clumsiness, social clumsiness, bull in a china shop, ham-fisted, ham-fistedness, untactful, hamfisted, blurting things out, blurting out, blurts things out, ruffling feathers, ruffles feathers, treading on toes, treading on people's toes, stepping on toes, stepping on people's toes, rubbing people up the wrong way, rubs people up the wrong way, putting people's backs up, puts people's backs up, getting people's backs up, saying whatever comes into your head, whatever comes into your head, having no filter, gossiping about the parents, gossiping about parents, gossiping about patients, gossiping about clients, gossiping about customers, gossiping about the residents, gossiping in front of
  opposite+: tact, diplomacy, discretion

quadrant directness > bluntness > diplomacy > evasiveness
quadrant directness > bluntness > tact > evasiveness
quadrant honesty > bluntness > tact > evasiveness
quadrant honesty > bluntness > diplomacy > evasiveness

quality openness
  forms: open, openly
  synonyms: candidness, candid, forthcomingness, forthcoming, open communication, being open, open book, sharing openly, being vulnerable, vulnerability, showing vulnerability, vulnerable, willingness to change, openheartedness, sharing knowledge, knowledge sharing, letting your guard down, lowering your guard, sharing, sharing everything, opening up, open up, admitting weakness, admitting weaknesses, admitting your weaknesses, showing weakness, daring to show weakness, showing your weaknesses
  excess: tactlessness, oversharing, naivety, lack of boundaries, over-familiarity, spinelessness, talkativeness
  opposite-: secretiveness, evasiveness, suspicion, aloofness, dishonesty, manipulation

distortion secretiveness
  forms: secretive, secretively
  synonyms: secrecy, closedness, cageyness, cagey, keeping things to yourself, holding back information, playing your cards close to your chest, closed, closed off, guarded, guardedness, withholding information, withholding, closed book, uncommunicative, inscrutable, mysterious, enigmatic, cryptic, mysteriousness, keeping everything to yourself, lack of transparency, opaque, opaqueness, opacity, intransparency, concealment, reticence, reticent, lack of openness, lack of communication, caginess, surreptitiousness, surreptitious, non-communicative, noncommunicative, tight-lipped, covering up, on a need-to-know basis, need-to-know basis, hoarding information, hoards information, hoarding knowledge, keeping information to yourself, information is power, keeping people in the dark, keep people in the dark, kept in the dark, knowledge silos, information hoarding, knowledge hoarding, not sharing information, not sharing knowledge, burying bad news, bury bad news, hiding bad news
  opposite+: openness, transparency, communicativeness

quality discretion
  forms: discreet, discreetly
  synonyms: confidentiality, keeping confidences, knowing when to keep quiet, tactful silence, keeping secrets, unobtrusiveness, unobtrusive, keeping a confidence, keep a confidence, keep it to yourself, keeping it to yourself, can keep a secret, keeping your counsel, keeping your own counsel, keep your own counsel, stays between us, stays in the room, stays within these walls, what is said here stays here, tell us stays with us, tells us stays with us, what a client tells us stays with us
  excess: secretiveness, aloofness, indifference, evasiveness
  opposite-: oversharing, tactlessness, intrusiveness, talkativeness, over-familiarity

distortion oversharing
  forms: overshare, overshares, over-sharing
  synonyms: too much information, indiscretion, indiscreet, loose lips, blabbing, gossiping, gossip, blabbermouth, loose-lipped, gossipmonger, rumour-mongering, rumor-mongering, spreading rumours, spreading rumors, gossipiness, rumours, rumors, tattling, telling tales, gossipy, loose-tongued, TMI, can't keep a secret, sharing too much, share too much, reply all, replying all, reply-all, replying to all
  opposite+: discretion, reserve, self-control, tact

quality transparency
  forms: transparent, transparently
  synonyms: full disclosure, open books, open-book management, visibility, being transparent, nothing to hide, cards on the table, putting your cards on the table, put your cards on the table, keeping people in the loop, keep people in the loop, keeping everyone in the loop, keep everyone in the loop, explaining your reasons, explaining your decisions, explaining the why, explaining why you decide, sharing information, sharing info, sharing more information, sharing information with other teams, sharing knowledge
  excess: oversharing, tactlessness, naivety, bluntness
  opposite-: secretiveness, manipulation, evasiveness, dishonesty, slickness

quadrant openness > tactlessness > tact > secretiveness
quadrant openness > tactlessness > diplomacy > secretiveness
quadrant openness > oversharing > discretion > secretiveness
quadrant transparency > oversharing > discretion > secretiveness

quality harmony
  forms: harmonious, harmoniously
  synonyms: peacemaking, peacekeeping, keeping the peace, seeking harmony, conciliation, conciliatory, peaceableness, peace-loving, peaceable, mediating, mediation, mediator, peacemaker, harmoniousness, conciliatoriness, non-confrontational, nonconfrontational, peacefulness, keep the peace, everyone getting along
  excess: conflict avoidance, people-pleasing, spinelessness, conformism, meekness, obsequiousness, indecisiveness, evasiveness, softness
  opposite-: aggressiveness, bluntness, rudeness, contrariness, rivalry

distortion conflict avoidance
  forms: conflict-avoidant, avoiding conflict, avoids conflict
  synonyms: conflict aversion, conflict-averse, avoiding confrontation, peace at any price, sweeping things under the carpet, sweeping things under the rug, keeping quiet to keep the peace, avoidant, burying your head in the sand, head in the sand, conflict-shy, ostrich behaviour, ostrich behavior, walking on eggshells, tiptoeing around, pussyfooting, need for harmony, fear of conflict, appeasement, conflict-avoider, afraid of conflict, afraid of confrontation, ghosting, sweeping it under the carpet, sweep it under the carpet, sweep it under the rug, sweeping it under the rug, don't rock the boat, not rocking the boat, never rocking the boat, avoids difficult conversations, avoid difficult conversations, avoiding tough conversations, hates conflict, hating conflict, hate conflict, keeping quiet when we disagree, keeping quiet even when we disagree, not saying when we disagree, avoiding hard conversations, avoiding difficult conversations, avoiding awkward conversations, dodging difficult conversations, dodging hard conversations, dodging tough conversations, shying away from difficult conversations, shying away from tough conversations, shying away from hard conversations, shying away from conflict, shying away from confrontation, avoiding giving feedback, dodging conflict, brushing things under the carpet, brushing it under the carpet, brushing things under the rug, keeping the peace at all costs, keep the peace at all costs, peace at all costs, harmony at all costs, ignoring problems, ignoring the problem, ignoring issues, ignoring the issues, pulling punches, pulling your punches, pull your punches, to avoid a row, avoiding a row, keeping quiet to avoid, to avoid an argument, avoiding arguments, just to get rid of them, avoiding the difficult conversation, avoiding the hard conversation, avoiding the conversation, avoiding the tough conversation, instead of saying it, instead of saying it to your face, not saying it to your face, instead of saying it directly
  opposite+: directness, assertiveness

quality assertiveness
  forms: assertive, assertively, assert, asserting
  synonyms: standing up for yourself, sticking up for yourself, speaking up, self-assertion, holding your ground, standing your ground, confronting, confrontation, speaking out, taking a position, taking position, taking a stand, taking the floor, taking up space, taking your space, taking your place, stand your ground, hold your ground, stand up for yourself, speak up, make your voice heard, making your voice heard, hold your own, holding your own, ask for what you need, asking for what you need, pushing back, push back, pushes back, stick up for yourself, speak out, speaks out, voicing your opinion, voicing your opinions, voicing your views, voicing concerns, voicing your concerns, willingness to confront, willing to confront, daring to confront, dare to confront, willingness to challenge, addressing conflict, addressing conflict head-on, tackling conflict, facing conflict, facing up to conflict, claiming your space, claim your space, claiming your place, claim your place, self-advocacy, advocating for yourself, advocate for yourself, speaking up for yourself, voicing disagreement, voicing dissent, voice disagreement, expressing disagreement, voicing your disagreement
  excess: aggressiveness, bossiness, harshness, pushiness, bluntness, stubbornness, selfishness, arrogance, rudeness
  opposite-: meekness, people-pleasing, conflict avoidance, spinelessness, obsequiousness, selling yourself short, self-sacrifice, self-doubt

distortion aggressiveness
  forms: aggressive, aggressively, aggression, shouty, shouting at people
  synonyms: hostility, hostile, combativeness, combative, belligerence, belligerent, quarrelsomeness, quarrelsome, picking fights, hot-tempered, hot-temperedness, short-tempered, quick-tempered, anger, angry, explosive, irascible, temper, bad temper, hothead, bully, intimidating, intimidation, confrontational, argumentative, trigger-happy, tantrum, tantrums, outbursts, outburst, lashing out, violent, violence, threatening, bad-tempered, argumentativeness, contentious, contentiousness, antagonism, antagonistic, irascibility, overassertive, over-assertive, pugnacious, pugnacity, bullying, bullying behaviour, bullying others, explosiveness, furious, rage, fury, conflict-seeking, bullying behavior, harassment, enmity, animosity, antipathy, truculent, truculence, fierceness, fierce, ferociousness, ferocious, ferocity, viciousness, vicious, bellicosity, bellicose, abusiveness, abusive, exploding, yelling, shouting at people, flying off the handle, fly off the handle, spoiling for a fight, go on the attack, going on the attack, shouts at people, shout at people, shouting at the class, shouting people down, shouting everyone down, shouting at each other, looking for a fight, ranting and raving, blowing up at people, blowing up at colleagues, blows up at people, losing your cool, lose your cool, loses his cool, loses her cool, lost his cool, lost her cool, ranting at people, ranting at colleagues, bullies, shouting at, yelling at, screaming at, shout at, yell at, scream at, throwing things around, throwing things at, throwing pans, throwing stuff around, slamming doors, storming in, storms in, start screaming, starts screaming, starting to scream, screaming and shouting, shouting and screaming
  opposite+: gentleness, consideration, harmony, cooperation, reserve, self-control, calm

quality gentleness
  forms: gentle, gently
  synonyms: mildness, mild manner, mild-mannered, tenderness, tender, soft-spokenness, softly spoken, kindness, mild, soft-spoken, kid gloves, light touch, a light touch, with a light touch
  excess: meekness, people-pleasing, spinelessness, softness, conflict avoidance, permissiveness, passivity, sentimentality
  opposite-: aggressiveness, harshness, bluntness, rudeness, ruthlessness

distortion meekness
  forms: meek, meekly
  synonyms: submissiveness, submissive, timidity, timid, docility, docile, being a doormat, doormat, obsequiousness, letting people walk all over you, letting others walk all over you, unassertive, unassertiveness, timidness, acquiescent, acquiescence, non-assertive, nonassertive, compliant, compliance, lack of assertiveness, not speaking up, staying silent, wouldn't say boo to a goose, never speaks up, never speak up, doesn't speak up, saying sorry for everything, apologising for everything, apologizing for everything
  opposite+: assertiveness, strength, firmness, courage, self-confidence

quality consideration
  forms: considerate, considerately, considerateness
  synonyms: thoughtfulness, thoughtful, regard for others, mindfulness of others, taking others into account, accommodating, accommodation, thinking of others, think of others
  excess: people-pleasing, self-sacrifice, conflict avoidance, indecisiveness, meekness, spinelessness, softness, inauthenticity
  opposite-: aggressiveness, rudeness, selfishness, bossiness, insensitivity, tactlessness, arrogance

quality cooperation
  forms: cooperative, cooperatively, cooperativeness, co-operation, cooperate, cooperating
  synonyms: team spirit, collaboration, collaborative, working together, joining forces, compromising, willingness to compromise, meeting halfway, partnership, collaborativeness, give and take, reciprocal, reciprocity, mutuality, works well with others, working well with others, works well in a team, win-win thinking, win-win mindset, thinking win-win, win-win attitude, ability to compromise, able to compromise, finding compromises, finding a compromise, finding common ground, find common ground, seeking common ground, sharing the workload, share the workload, sharing the load, working well with other departments, working well with the other departments, working well with other teams, working well together, interdependence, interdependent, interdependency, mutual dependence, mutual reliance, relying on each other, relying on one another, depending on each other, seeking compromise
  excess: people-pleasing, conformism, clinginess, spinelessness, conflict avoidance, indecisiveness, softness
  opposite-: aggressiveness, individualism, rivalry, selfishness, stubbornness, bossiness, arrogance

quality strength
  forms: strong
  synonyms: inner strength, fortitude, powerfulness, strength of character, strength of mind, powerful
  excess: harshness, ruthlessness, aggressiveness, stubbornness, insensitivity, bossiness
  opposite-: meekness, softness, spinelessness, self-doubt

quadrant harmony > conflict avoidance > directness > bluntness
quadrant harmony > conflict avoidance > assertiveness > aggressiveness
quadrant consideration > people-pleasing > assertiveness > aggressiveness
quadrant cooperation > people-pleasing > assertiveness > aggressiveness
quadrant assertiveness > aggressiveness > gentleness > meekness
quadrant strength > harshness > gentleness > meekness
quadrant gentleness > meekness > firmness > harshness

# ---------------------------------------------------------------------------------------------------
# Care: caring, empathy, warmth, kindness.
# ---------------------------------------------------------------------------------------------------

quality caring
  forms: care, cares, cared, caringly
  synonyms: caringness, care for others, looking after people, nurturing, nurture, concern for others, solicitude, helpfulness, solicitous, solicitousness, caregiving, care-giving, concern, concerned, motherly, motherliness, fatherly, maternal, looking after others, nurturance, nurturer, taking the time to sit with, sitting with residents, sitting with patients, holding the hand of, holding their hand, hold their hand, comforting, comforting them, comforting people, comfort them, comfort the kids, comfort the children, taking the time to comfort, looked after, feel looked after, feeling looked after, make them feel looked after
  excess: smothering, meddling, self-sacrifice, people-pleasing, over-involvement, micromanagement, clinginess, worrying, over-responsibility
  opposite-: indifference, neglect, selfishness, coldness, harshness, aloofness, passing the buck

distortion smothering
  forms: smother, smothers, smothered
  synonyms: mollycoddling, mollycoddle, mollycoddles, coddling, coddle, wrapping them in cotton wool, wrapping people in cotton wool, fussing over people, wrapping in cotton wool, spoon-feeding, overprotectiveness, overprotective, helicopter parenting, doing everything for others, patronising, patronizing, paternalism, paternalistic, babying, hand-holding, suffocating, stifling, rescuer, saviour complex, savior complex, over-helping, overhelping, patronise, patronize, possessiveness, possessive, rescuing, rescuing others, rescuing people, fixing other people's problems, solving other people's problems, wrap people in cotton wool, doing it for them, doing everything for them, mother hen, mothering them, mothering the kids, mother hens, nannying, nannyish, taking over their tasks, taking over tasks, even when they can do it themselves, what they can do themselves, doing everything for the residents, doing everything for patients, doing everything for the kids, instead of letting them try, not letting them try, never letting them try, instead of letting them do it, in cotton wool, wrapped in cotton wool, wrapping the children in cotton wool, wraps them in cotton wool, doing everything for the client, do everything for the client, does everything for the client, doing everything for clients, do everything for clients, doing everything for the patient, doing everything for the children, taking over when someone struggles, taking over when a colleague is struggling, taking over when someone is struggling, taking over as soon as, babying them, babying people, spoonfeeding, spoonfeeding them, spoon-feeding them
  opposite+: letting go, high standards, trust, respect, delegation, coaching

distortion meddling
  forms: meddle, meddles, meddlesome, meddler
  synonyms: interfering, interference, butting in, poking your nose in, sticking your oar in, busybody, intrusiveness, smothering, do-gooder, do-gooding, meddlesomeness, unsolicited advice, giving unsolicited advice, interfere, interferes, butt in, sticking your nose in, seagull management, seagull manager, swooping in
  opposite+: letting go, self-care

quality letting go
  forms: let go, lets go, letting people go their own way
  synonyms: giving space, giving people space, giving autonomy, non-interference, letting people find their own way, trusting others to cope, surrender, letting be, non-attachment, letting things happen, give people space, give them space, let it go, let people figure it out, letting people figure it out, let people figure it out themselves, letting people figure it out themselves, let people figure things out, let people make their own mistakes, letting people make their own mistakes, let them get on with it, letting them get on with it, leave them to it, leaving them to it, letting students struggle, productive struggle, letting them do it yourself, letting them do things yourself, letting them do things for yourself, letting people do things for yourself, letting them do stuff yourself, letting them struggle, letting them struggle a bit, letting the kids struggle, respecting boundaries, respecting people's boundaries, respecting other people's boundaries, respecting others' boundaries, respecting their boundaries, giving others room, giving people room, giving others space, giving others the space, giving freedom, giving people freedom, giving students freedom, allowing risk, allowing risks, allowing risk-taking, allowing people to take risks, letting people take risks, dignity of risk, relinquishing control, relinquish control, giving up control, give up control, letting go of the reins, making room for others, making space for others, letting others lead, letting others take the lead, let others lead, let others take the lead, leaving room for others, leave room for others, stepping aside, step aside, stepping aside for others, caring less, being less controlling, less controlling, letting it be, let it be, let them do more themselves, doing more themselves, do more themselves, letting them do it themselves, letting people do things themselves, make their own mistakes, making their own mistakes, let them make their own mistakes, letting others decide, letting others make decisions
  excess: indifference, neglect, unreliability, giving up, passivity, passing the buck, laziness, aloofness, permissiveness, apathy, aimlessness, chaos
  opposite-: smothering, meddling, over-involvement, over-responsibility, stubbornness, micromanagement, perfectionism, compulsiveness

distortion indifference
  forms: indifferent, indifferently
  synonyms: uncaring, not caring, disinterest, disinterested, couldn't care less, lack of interest, unconcern, who-cares attitude, unsupportive, unhelpful, unhelpfulness, uncommitted, uninvolved, uninterested, unresponsive, unresponsiveness, compassion fatigue, blase, incurious, uncaringness, lack of care, lack of involvement, lack of engagement, not involved, no interest, not interested, unengaged, not my problem, shrugging it off, doesn't seem to care, doesn't care, not my job, not in my job description, nobody cares, no one cares, nobody cares about anything, offhandedness, offhand manner, off-handedness, offhanded, lack of curiosity, no curiosity, whatever attitude, so what attitude, so-what attitude, could care less, couldn't care less about it, nonchalance, nonchalant, just sort it out yourself, just figure it out yourself, just work it out yourself, go and sort it out yourself, sort it out yourself then, not your patient, not your department, not your problem, not your job, not your customer, don't even look up, doesn't even look up, not even looking up, without looking up, not even a hello, doesn't even say hello, just walking away, just walking off, just walks off, just walk away, just walks away, just walk off, ignoring customers, ignoring the customer, ignoring guests, ignoring patients, ignoring callers, ignoring the customers, ignoring the patients, leaving people standing, leaving guests standing, leaving customers standing, leaving them standing, fobbing off, fob off, fobbing people off, fobbing customers off, fobbing a customer off, fobbing them off, fobbing callers off
  opposite+: caring, involvement, helpfulness

distortion neglect
  forms: neglectful, neglecting, neglects, neglected
  synonyms: neglectfulness, leaving people to fend for themselves, leaving people to their own devices, abandonment, failing to look after people, dereliction, dereliction of duty, negligent, negligence, remissness, falling through the cracks, fall through the cracks, leaving the kids to get on with it, leaving them to get on with it, leaving people to get on with it, leaving them to it, leaving the kids to it, never there, never around, never being there, are never there, in front of the tv all day, in front of the telly all day, leaving patients lying, leaving a patient lying, leaving people lying, leaving them lying, lying in a wet bed, lying in their own, leaving the kids to cry, leaving them to cry, leaving children to cry, leaving the children to cry, leaving a baby to cry, leaving babies to cry, leaving the baby to cry
  opposite+: caring, protectiveness, attentiveness

quality protectiveness
  forms: protective, protect, protecting
  synonyms: looking out for others, guardianship, keeping people safe, watching over people, shielding others, defending others, standing up for others, safeguarding, guardian, looking out for people, look out for people, shielding the team, shield the team
  excess: smothering, meddling, over-involvement, micromanagement, suspicion, worrying
  opposite-: neglect, indifference, recklessness, passing the buck

quadrant caring > smothering > letting go > neglect
quadrant caring > smothering > letting go > indifference
quadrant caring > meddling > letting go > indifference
quadrant protectiveness > smothering > letting go > neglect

quality helpfulness
  forms: helpful, helpfully
  synonyms: willingness to help, readiness to help, obligingness, obliging, being of service, going the extra mile, extra mile, helping others, giving help, helping, helper, happy to help, always happy to help, lending a hand, lend a hand, always there for people, helps everyone, helping everyone, eager to help, keen to help, always eager to help, willing to help, volunteering for tasks, volunteering to help, volunteers to help, helping people, love helping, love to help, like to help, like helping, loving to help, fixing it on the spot, fix it on the spot, fixing things on the spot
  excess: self-sacrifice, meddling, pushiness, people-pleasing, smothering, intrusiveness, over-involvement, lack of boundaries, obsequiousness, reactivity, over-responsibility
  opposite-: selfishness, indifference, coldness, aloofness, passing the buck

quality selflessness
  forms: selfless, selflessly
  synonyms: altruism, altruistic, unselfishness, unselfish, self-giving, putting others first, giving to others, taking one for the team, take one for the team
  excess: self-sacrifice, people-pleasing, selling yourself short, lack of boundaries, meekness
  opposite-: selfishness, arrogance, greed, careerism, showing off

distortion self-sacrifice
  forms: self-sacrificing, sacrificing yourself
  synonyms: martyrdom, martyr, self-denial, self-neglect, neglecting yourself, putting yourself last, running yourself into the ground, overextending yourself, overextending, overcommitting, running yourself ragged, overcommitted, overstretched, over-giving, overgiving, helper syndrome, self-denying, self-sacrificial, giving until it hurts, forgetting yourself, forgets herself, forgets himself, putting your own needs last, putting other people's needs first, not looking after yourself, don't look after yourself, ignoring your limits, ignoring your own limits, ignoring your own needs, ignoring your body's signals, ignoring the warning signs of stress, ignoring the warning signs of burnout, ignoring your own warning signs, pushing through at all costs, pushing on at all costs, push through at all costs, soldiering on regardless, keep going at all costs, keeping going at all costs, ignoring your pain, pushing past your limits, pushing beyond your limits, forgetting your own needs, neglecting your own needs, stretching yourself too thin, stretch yourself too thin, stretched yourself too thin
  opposite+: self-care, self-confidence

quality self-care
  forms: selfcare, taking care of yourself
  synonyms: looking after yourself, self-preservation, healthy selfishness, self-respect, minding your own needs, knowing your limits, choosing yourself, taking a break, dignity, dignified, self-love, me time, self-respecting, self-interest, enlightened self-interest, protect your time, protecting your time, taking time for yourself, take time for yourself, put your own oxygen mask on first, oxygen mask first, recharging your batteries, recharge your batteries, looking after your own needs, take care of yourself, knowing when to stop, taking a proper break, taking a proper lunch break, taking a lunch break, taking proper breaks, taking your breaks, prioritising yourself, prioritizing yourself, prioritising your own needs, prioritizing your own needs, respecting your limits, respecting your own limits, respecting your own boundaries, respect your limits, managing your energy, managing your own energy, manage your energy, being kind to yourself, kinder to yourself, being kinder to yourself, kind to yourself, going home on time, leaving work on time, self-compassion, self-compassionate, compassion for yourself, self-kindness, kindness to yourself, being gentle with yourself, gentle with yourself, self-forgiveness, forgiving yourself, going easy on yourself, allowing yourself to rest, allowing yourself rest, giving yourself rest
  excess: selfishness, complacency, laziness, indifference, arrogance
  opposite-: self-sacrifice, meddling, people-pleasing, lack of boundaries, workaholism

distortion selfishness
  forms: selfish, selfishly
  synonyms: self-centredness, self-centeredness, self-centred, self-centered, egoism, egocentrism, egocentric, me first, looking out for number one, egotistical, egotist, egocentricity, self-absorbed, self-absorption, self-serving, self-interest, self-interested, egoistic, egoistical, inconsiderate, taking credit, stealing credit, taking all the credit, self-involved, self-involvement, inconsiderateness, self-seeking, credit-taking, what's in it for me, only thinking of yourself, only thinking about yourself, only cares about herself, only cares about himself, only caring about yourself, only thinks about himself, only thinks about herself, only thinks of himself, only thinks of herself, it's all about him, it's all about her, it's all about me, takes all the credit, takes credit for other people's work, hogging the credit, hogging credit, stealing the credit, taking credit for others' work, taking credit for someone else's work, only looking out for yourself, looking out for yourself, taking the credit, take the credit, takes the credit, taking credit for other people's work
  opposite+: helpfulness, selflessness, consideration, generosity

quadrant helpfulness > self-sacrifice > self-care > selfishness
quadrant selflessness > self-sacrifice > self-care > selfishness
quadrant helpfulness > meddling > letting go > indifference

quality empathy
  forms: empathic, empathetic, empathise, empathize, empathically
  synonyms: emotional intelligence, fellow feeling, putting yourself in someone else's shoes, feeling for others, empathic ability, compassion, understanding, empathising, empathizing, emotionally intelligent, putting yourself in their shoes, put yourself in their shoes, put yourself in someone else's shoes, walk a mile in their shoes, seeing it from their side, see it from their side, seeing things from their perspective, holding space, holding space for others, hold space, putting yourself in others' shoes, putting yourself in other people's shoes, walking in someone else's shoes, in someone else's shoes, in other people's shoes, reading people, good at reading people, reads people well, people reader, people reading, in the shoes of, putting yourself in the shoes of, in the customer's shoes, in the client's shoes, in the patient's shoes
  excess: over-involvement, sentimentality, people-pleasing, self-sacrifice, oversensitivity, softness, lack of boundaries, favouritism, conflict avoidance
  opposite-: coldness, insensitivity, harshness, indifference, aloofness, ruthlessness

distortion over-involvement
  forms: over-involved, overinvolved, overinvolvement
  synonyms: taking on others' problems, carrying others' burdens, emotional entanglement, enmeshment, too involved, losing yourself in others, getting carried away, not letting go, can't let go, cannot let go, not being able to let go, holding on, hanging on, holding on too tight, over-identification, overidentification, too close to it, carrying everyone's problems, taking work home, take work home, taking it all on board, taking on other people's problems, takes on other people's problems, taking other people's problems home, takes other people's problems home, getting too attached, too attached, over-attached, over-attachment, getting attached, getting swept up in the customer's emotions, getting swept up in other people's emotions, getting swept up in someone else's emotions, getting swept up in the client's emotions, getting swept up in the patient's emotions, swept up in other people's emotions, getting swept up in emotions, getting swept up in their emotions, getting swept along, taking on other people's emotions, absorbing other people's emotions, soaking up other people's emotions, getting caught up in other people's emotions, getting caught up in their emotions, over-identifying, overidentifying, over-identify, over-identifies, over-identified, over-identifying with patients, over-identifying with clients, over-identifying with customers, identifying too much with patients, identifying too closely with clients, subjectivity, too subjective, losing objectivity, losing your objectivity, lack of objectivity, taking patients' problems home, taking clients' problems home, taking customers' problems home, taking the patients' problems home, over-identifying with the patient, over-identifying with a patient, over-identifying with your patients, over-identifying with the client, over-identifying with the customer, over-identification with patients, over-identification with clients, taking it all home, taking it all home with you, taking it home with you, enmeshed, enmeshing
  opposite+: objectivity, letting go, professionalism, self-care, trust

quality objectivity
  forms: objective, objectively
  synonyms: neutrality, neutral, impartiality, impartial, even-handedness, even-handed, unbiased, professional distance, healthy detachment, keeping distance, keeping your distance, taking distance, stepping back, healthy distance, taking a step back, step back, matter-of-fact, matter-of-factness, businesslikeness, businesslike approach, objectiveness, detached, detachment, distance, look at the facts, looking at the facts
  excess: coldness, impersonality, aloofness, indifference, insensitivity, indecisiveness
  opposite-: over-involvement, favouritism, sentimentality, melodrama, oversensitivity, dogmatism

distortion coldness
  forms: cold, coldly
  synonyms: heartlessness, heartless, unfeelingness, unfeeling, iciness, icy, frostiness, lack of warmth, clinical detachment, aloofness, unemotional, emotionless, frosty, hard-hearted, dispassionate, hyper-rational, clinical, cold-bloodedness, unfriendly, unfriendliness, coldheartedness, chilliness, hardhearted, numbness, emotional numbness, impassivity, impassive, hardheartedness, stony-faced, ice queen, never saying thank you, never say thank you, never says thank you, not even a thank you, never a thank you, never saying thanks
  opposite+: empathy, warmth, compassion, sensitivity

quadrant empathy > over-involvement > objectivity > coldness

quality warmth
  forms: warm, warmly, warm-hearted, warm-heartedness, warmer
  synonyms: affection, affectionate, big-heartedness, big-hearted, human touch, personal warmth, big heart, heart for people, hearty, heartiness
  excess: over-familiarity, sentimentality, over-involvement, smothering, clinginess, softness, people-pleasing
  opposite-: aloofness, coldness, impersonality, harshness, indifference

quadrant warmth > over-familiarity > professionalism > aloofness
quadrant warmth > over-familiarity > reserve > aloofness

quality compassion
  forms: compassionate, compassionately
  synonyms: sympathy, sympathetic, mercy, merciful, kind-heartedness, kind-hearted, humaneness, humane, tenderheartedness, compassionateness, mercifulness, tenderhearted, humanity
  excess: softness, over-involvement, sentimentality, self-sacrifice, permissiveness, naivety, people-pleasing, spinelessness
  opposite-: harshness, coldness, ruthlessness, indifference, insensitivity

quality kindness
  forms: kindly, kindliness, kinder, nicer
  synonyms: benevolence, benevolent, goodwill, good nature, good-natured, good-naturedness, being kind to people, friendliness, nice, niceness, good-hearted, sweetness, well-meaning, well-meant, good-heartedness, sweet-natured, being kinder, being nicer
  excess: softness, people-pleasing, spinelessness, conflict avoidance, naivety, self-sacrifice, flattery
  opposite-: harshness, bluntness, rudeness, coldness, insensitivity, aggressiveness

distortion softness
  forms: soft, soft-hearted, soft-heartedness, softie
  synonyms: being a pushover, pushover, too soft, going easy on people, letting people off the hook, letting people off, letting them off, lack of firmness, softy, walkover, softheartedness, soft-heartedness, every sad story, every sob story, sob stories, falling for sob stories, falling for every sob story
  opposite+: firmness, result orientation

quality firmness
  forms: firm, firmly, firmer
  synonyms: steadfastness, steadfast, backbone, standing firm, holding the line, toughness, steely, steeliness, unwavering, unshakeable, unshakable, put your foot down, putting your foot down, no means no, having a spine, has a spine, show some spine, showing some spine, holding your position, hold your position, holding position, not backing down, refusing to back down, not caving in
  excess: harshness, rigidity, insensitivity, stubbornness, bossiness, aggressiveness, intolerance, coldness, bluntness, dogmatism
  opposite-: softness, spinelessness, meekness, inconsistency, people-pleasing, permissiveness, indecisiveness

quality result orientation
  forms: result-oriented, results-oriented, results-driven, result-driven, goal-oriented, goal-directed
  synonyms: results focus, goal orientation, target-driven, achievement orientation, getting results, delivering results, bottom-line focus, achievement, achievement-oriented, achiever, task-oriented, goal-orientedness, results-orientedness, task orientation, deliver results, task-driven, goal-driven, results, goals, goal focus, hitting targets, hit your targets, hitting your targets, deliver the goods, delivering the goods, hitting quota, hitting your quota, setting clear goals, clear goal-setting, meeting your targets, hitting your numbers
  excess: ruthlessness, tunnel vision, impatience, pushiness, coldness, workaholism, harshness, short-termism, insensitivity, impersonality, demandingness
  opposite-: softness, laziness, complacency, half-heartedness, aimlessness

distortion ruthlessness
  forms: ruthless, ruthlessly
  synonyms: cut-throat, cutthroat, mercilessness, merciless, winning at all costs, walking over people, hard-heartedness, cruel, cruelty, brutal, brutality, callous disregard, predatory, pitiless, pitilessness, remorselessness, remorseless, inhumanity, unmerciful, take no prisoners, taking no prisoners, walk over anyone, walking over anyone, walk over people, sell his own grandmother, sell her own grandmother, sell your own grandmother, results at any cost, results at all costs, results at whatever cost, success at any cost, success at all costs, winning at any cost, hitting targets at any cost, targets at any cost, at the expense of people, at the expense of others, cutting staff to the bone, cutting everything to the bone, cutting to the bone, cut to the bone, staff to the bone
  opposite+: compassion, people orientation

quality people orientation
  forms: people-oriented, people-focused, people focus
  synonyms: people skills, human focus, focus on people, putting people first, interest in people, relationship orientation, relationship-oriented, people first, attention to people, attention for people, an eye for people, eye for people, having an eye for people, attention to the people, interpersonal skills, good interpersonal skills, people-skills, interest in others, showing interest in others, genuine interest in people, showing interest in people
  excess: softness, people-pleasing, conflict avoidance, over-involvement, favouritism, permissiveness, sentimentality, smothering, over-familiarity
  opposite-: ruthlessness, coldness, harshness, impersonality

quadrant kindness > softness > firmness > harshness
quadrant compassion > softness > firmness > harshness
quadrant result orientation > ruthlessness > compassion > softness
quadrant people orientation > softness > result orientation > ruthlessness

quality attentiveness
  forms: attentive, attentively
  synonyms: noticing needs, an eye for what people need, mindful attention, heedfulness, alert to others, observant, observance, mindful, being present, awareness, giving attention, picks up on things, paying attention, notices everything, noticing everything, keen observer, good observer, sharp observer, observational skills, powers of observation, checking in with others, checking in with people, checking in with the team, check in with others, checking in on each other, checking in with each other, checking in on people, checking on each other
  excess: intrusiveness, meddling, smothering, over-involvement, flattery, obsequiousness, people-pleasing
  opposite-: aloofness, neglect, indifference, selfishness, coldness

distortion intrusiveness
  forms: intrusive, intrusively, intrude, intruding
  synonyms: nosiness, nosy, nosey, prying, snooping, hovering, invading privacy, invading personal space, obtrusive, obtrusiveness, importunity, importunate, barging in, invasiveness, invasive, all up in my business
  opposite+: reserve, discretion, tact, patience, modesty

quality reserve
  forms: reserved
  synonyms: restraint, reticence, reticent, understatement, quiet restraint, keeping a low profile, quiet, quietness, talking less, holding back, subdued, introverted, introvert, introversion, undemonstrative, taciturnity, taciturn, poker-faced, poker face, keeps to himself, keeps to herself, keeping to yourself, keeps themselves to themselves, low-key, hard to read, saying less, say less, hanging back, hangs back
  excess: aloofness, meekness, indifference, selling yourself short, inhibition, secretiveness, stiffness, coldness, dullness, passivity, self-doubt
  opposite-: intrusiveness, oversharing, over-familiarity, talkativeness, melodrama, showing off, pushiness, tactlessness

quality sociability
  forms: sociable, sociably
  synonyms: gregariousness, gregarious, outgoingness, outgoing, extroversion, extraversion, extrovert, people person, conviviality, networking, social, socially skilled, cosy, cosiness, cozy, coziness, convivial, networker, life and soul of the party, gets on with everyone, getting on with everyone, small talk, making small talk, taking time for small talk, having a chat, chatting with people, resource investigator
  excess: talkativeness, superficiality, over-familiarity, clinginess, loudness, oversharing
  opposite-: aloofness, curtness, coldness, secretiveness, dullness

distortion talkativeness
  forms: talkative, talks too much
  synonyms: chattiness, chatty, verbosity, verbose, long-windedness, long-winded, rambling, loquaciousness, can't stop talking, too much talking, monologuing, windbag, garrulous, garrulousness, loquacity, loquacious, wordiness, over-explaining, overexplaining, going on and on, droning on, banging on, chatterbox, garrulity, prolixity, prolix, volubility, voluble, gabby, talking too much, hogging the conversation, overtalking, talking over, never stops talking, rabbiting on, loves the sound of his own voice, loves the sound of her own voice, loving the sound of your own voice, waffling on, going on forever, going on and on forever, chatting for ages, talking for ages, never getting to the point, never get to the point, not getting to the point, never gets to the point, chatting too much, chats too much, too chatty, chatting away, wordy, motormouth, monopolising the conversation, monopolizing the conversation, talking the hind legs off a donkey, talk the hind legs off a donkey, can't get a word in, can't get a word in edgeways, can't get a word in edgewise, meetings run over, meetings always run over, meetings that run over, talking too long, talk too long, chat too long, chatting too long, on the phone too long, too long on calls, talking for half an hour, talking for an hour, talking for hours, and saying nothing, and say nothing, without saying anything, talking a lot and saying nothing, over-explanation, going on a bit, over explain, overexplain, over-explains
  opposite+: conciseness, reserve, professionalism

quality expressiveness
  forms: expressive, expressively
  synonyms: emotional expressiveness, showing feelings, showing emotions, emotional openness, animatedness, animated, wearing your heart on your sleeve, heart on your sleeve, animation, emotional, demonstrativeness, demonstrative, shows emotions, showing your emotions, wears his heart on his sleeve, wears her heart on her sleeve, wear your heart on your sleeve, showing some emotion, showing emotion, showing your feelings, showing more emotion, sharing feelings, sharing your feelings, expressing feelings, expressing your feelings
  excess: melodrama, oversharing, showing off, over-familiarity, loudness, talkativeness, sentimentality
  opposite-: aloofness, inhibition, stiffness, secretiveness, dullness

distortion loudness
  forms: loud, loudly
  synonyms: noisiness, noisy, boisterousness, boisterous, loudmouth, loudmouthed, rowdy, taking up too much space, drowning others out, bigmouth, big mouth, raucousness, raucous, rowdiness, vociferousness, vociferous, big-mouthed, strident, stridency, rambunctious, rambunctiousness
  opposite+: reserve, calm, modesty

quadrant expressiveness > loudness > reserve > aloofness

distortion melodrama
  forms: melodramatic, melodramatically
  synonyms: drama, dramatics, theatricality, theatrical, histrionics, hysteria, hysterical, hysterics, making a scene, drama queen, exaggeration, exaggerating, overstatement, overemotional, overdramatic, over-dramatic, theatrics, over the top, dramatising, dramatizing, effusiveness, effusive, sensationalism, making a mountain out of a molehill, make a mountain out of a molehill, storm in a teacup, blowing things out of proportion, blow things out of proportion, emotional outbursts, emotional outburst, outbursts of emotion, volatility, volatile, emotionally volatile, emotional volatility, volatile emotions, mood swings, emotionally unstable, emotional instability
  opposite+: reserve, calm

quadrant attentiveness > intrusiveness > reserve > aloofness
quadrant sociability > talkativeness > reserve > aloofness
quadrant expressiveness > melodrama > reserve > aloofness

quality communicativeness
  forms: communicative, communicate, communicating
  synonyms: communication skills, good communicator, expressing yourself well, keeping people informed, keeping others informed, keep others informed, keeping everyone informed
  excess: talkativeness, oversharing, over-familiarity
  opposite-: curtness, secretiveness, aloofness, evasiveness

quality eloquence
  forms: eloquent, eloquently
  synonyms: articulateness, articulate, way with words, gift of the gab, rhetorical skill, silver tongue, fluency, fluent, well-spoken, good storyteller, gift for storytelling, storytelling skills, compelling storyteller, persuasive storytelling
  excess: talkativeness, slickness, manipulation, showing off
  opposite-: curtness, secretiveness, vagueness

quality conciseness
  forms: concise, concisely
  synonyms: brevity, succinctness, succinct, getting to the point, to the point, economy of words, cutting to the chase, keep it short, keeping it short, short and sweet, in a nutshell, cut to the chase
  excess: curtness, bluntness, superficiality, black-and-white thinking
  opposite-: talkativeness, overcomplication, vagueness

distortion curtness
  forms: curt, curtly
  synonyms: terseness, terse, abruptness, abrupt, being short with people, snappiness, snappy, gruff, gruffness, short with people, one-word answers, snapping at each other, snapping at people, snapping at customers, snapping at colleagues, rattling off, rattle off, never explaining anything, never explain anything, never explains anything, not explaining anything
  opposite+: communicativeness, sociability, friendliness, eloquence

quadrant communicativeness > talkativeness > conciseness > curtness
quadrant eloquence > talkativeness > conciseness > curtness

quality connectedness
  forms: connected, connecting
  synonyms: connection, bonding, closeness, rapport, relationship building, togetherness, sense of belonging, bridge builder, bridge-building, building bridges, connector, building relationships, sense of community, belonging, bridging differences, intimacy, being part of something, close, staying in touch, keeping in touch, stay in touch, keep in touch, community building, community-building, team-building skills, building the team, building a team, bringing people together, brings people together, bring people together, uniting people, unites people, unifier, uniting the team, relator, building alliances, alliance building, alliance-building, building your network, network building
  excess: clinginess, conformism, over-involvement, provincialism, over-familiarity, people-pleasing
  opposite-: aloofness, selfishness, individualism

distortion clinginess
  forms: clingy, cling, clinging
  synonyms: dependence, dependency, dependent, neediness, needy, co-dependence, codependence, can't do anything alone, helplessness, helpless, possessive, possessiveness, overdependent, over-dependent, overreliant, over-reliant, stickiness, joined at the hip, can't do anything on your own, can't do anything by yourself
  opposite+: independence, self-confidence, self-care, letting go

quality independence
  forms: independent, independently
  synonyms: self-reliance, self-reliant, autonomy, autonomous, self-sufficiency, self-sufficient, self-direction, thinking for yourself, going against the grain, swimming against the tide, freedom, nonconformity, non-conformism, nonconformism, nonconformist, maverick, self-directed, stand on your own two feet, standing on your own two feet, your own person, taking individual ownership, individual ownership, take individual ownership, standing on your own feet, standing out from the group, holding your own in the group, free thinking, free thinker, free-thinking, freethinking, freethinker
  excess: individualism, aloofness, disloyalty, stubbornness, contrariness, selfishness, fear of commitment, eccentricity, aimlessness, indifference
  opposite-: conformism, blind loyalty, clinginess, obsequiousness

quadrant connectedness > clinginess > independence > aloofness

# ---------------------------------------------------------------------------------------------------
# Teams and leadership.
# ---------------------------------------------------------------------------------------------------

quality team spirit
  forms: team player, team-oriented, team-minded
  synonyms: teamwork, cooperation, collegiality, solidarity, esprit de corps, sense of team, community spirit, collegial, companionability, camaraderie, fellowship, comradeship, team-orientedness, team orientation, pulling together, pull together, close team, close-knit, close-knit team, tight-knit, tight-knit team, tight team, working as a team, working more as a team, working as one team, pitching in, pitch in, mucking in, muck in, chipping in, team worker, team workers, mutual support, supporting each other, supporting one another, team-first mentality, team-first attitude, putting the team first, we before me, we over me, public-spirited, public-spiritedness, civic-minded, civic-mindedness, community-minded, community-mindedness, like a family, feeling like a family, we are a family, a real family, getting along, getting along well, get along well, cohesive, cohesiveness, jumping in for each other, stepping in for each other, covering for each other, filling in for each other, stepping up for each other
  excess: conformism, clinginess, conflict avoidance, people-pleasing, blind loyalty, provincialism
  opposite-: individualism, bossiness, rivalry, selfishness, arrogance, stubbornness

distortion conformism
  forms: conformist, conform, conforming, conformity
  synonyms: groupthink, never challenging each other, never challenge each other, herd mentality, following the crowd, following the herd, going along with the group, blending in, me-too attitude, sheep-like, sheeplike, follower, overconformity, going along with the crowd, unquestioning, unquestioning obedience, imitative, copycat, rubber-stamping, toeing the line, like a sheep, lemming, not challenging each other, don't challenge each other, losing yourself in the group, losing yourself in the team, disappearing into the group, dissolving into the group, blending into the group, melting into the group, herd behaviour, herd behavior, herd instinct, nodding along, nodding along to everything, going along to get along, go along to get along
  opposite+: independence, leadership, competitiveness, originality

distortion individualism
  forms: individualistic, individualist
  synonyms: lone wolf, lone-wolf behaviour, lone-wolf behavior, going it alone, going solo, going your own way, doing your own thing, not a team player, isolation, isolating yourself, solo player, solo act, isolated, lone ranger, silo thinking, silo mentality, siloed, loneliness, lonely, hyper-independence, hyperindependence, hyper-independent, lack of cooperation, lack of team spirit, not asking for help, never asking for help, don't ask for help, won't ask for help, refusing help, not accepting help, working alone, does his own thing, does her own thing, do your own thing, lone wolves, bunch of lone wolves, working in silos, loner, a loner, every man for himself, every man for themselves, every person for themselves, everyone for themselves, everybody for themselves, every one for himself
  opposite+: team spirit, cooperation, asking for help

quadrant team spirit > conformism > independence > individualism

quality loyalty
  forms: loyal, loyally
  synonyms: faithfulness, faithful, allegiance, fidelity, standing by people, commitment to the team, stand by people, through thick and thin, sticking up for people, sticking up for the team, sticks up for people, staunchness, staunchly loyal, disagree and commit, disagreeing and committing
  excess: blind loyalty, naivety, obsequiousness, conformism, self-sacrifice, favouritism, over-responsibility, clinginess, provincialism
  opposite-: disloyalty, suspicion, opportunism, unreliability, selfishness

distortion blind loyalty
  forms: blindly loyal
  synonyms: blind obedience, unquestioning loyalty, uncritical loyalty, blind faith, following blindly, over-loyal, blindly following, my team right or wrong, follow blindly, blindly obedient, blind compliance, can do no wrong, could do no wrong, can't do anything wrong
  opposite+: independence, critical thinking, conviction, authenticity

distortion disloyalty
  forms: disloyal, disloyally
  synonyms: unfaithfulness, unfaithful, betrayal, backstabbing, going rogue, treachery, faithlessness, treacherous, backstabber, traitor, betraying, backbiting, faithless, infidelity, lack of loyalty, unloyal, badmouthing, bad-mouthing, stab in the back, stabbing people in the back, jumping ship, jump ship, talking behind people's backs, talking behind someone's back, talks behind people's backs, behind people's backs, undermining others, undermining colleagues, undermining people, undermining the boss, undermining your manager, undermining each other, talking behind each other's backs, talking behind your back, traitorous, tipping off, tipping people off, tipping off your mates, tipping your mates off
  opposite+: loyalty, reliability, team spirit, dedication

quadrant loyalty > blind loyalty > independence > disloyalty

quality leadership
  forms: leader, leaders
  synonyms: leadership skills, taking charge, taking the lead, giving direction, guiding others, stewardship, leading, take the lead, lead from the front, leading from the front, lead by example, leading by example, take charge, setting the tone, setting an example, set an example, being in charge, being a role model, role modelling, role modeling, positive role model
  excess: bossiness, arrogance, pushiness, micromanagement
  opposite-: conformism, meekness, passivity, indecisiveness, passing the buck, spinelessness

distortion bossiness
  forms: bossy, bossily
  synonyms: domineering, domineeringness, authoritarianism, authoritarian, overbearingness, overbearing, dominance, dictatorial, militaristic, nobody dares to speak up, no one dares to speak up, throwing your weight around, domination, tyrannical, tyranny, overpowering, power-hungry, hunger for power, lust for power, power-mad, not listening, interrupting, talking over people, hogging the floor, overcontrolling, forceful, imposing your will, imperious, imperiousness, forcefulness, command and control, top-down, autocratic, autocrat, despotic, high-handed, high-handedness, taking over, taking over everything, power-seeking, oppression, oppressive, coercion, coercive, dictator, tyrant, bad listener, poor listener, hungry for power, lording it over, despotism, bossing, bossing people around, bossing around, highhanded, highhandedness, iron-fisted, iron fist, telling instead of asking, poor listening, ordering people about, ordering people around, rule the roost, ruling the roost, calling all the shots, calls all the shots, never listens, doesn't listen, talks over people, talk over people, dominates meetings, dominating meetings, wants to be in charge, wanting to be in charge, needs to be in charge, tells everyone what to do, telling everyone what to do, little Hitler, power trip, on a power trip, dictating, dictating to people, dictating to others, dictating what to do, dictating how things are done, dictate, don't listen, never listening, dominating, dominating the conversation, dominate the conversation, dominating others, barking orders, barks orders, giving orders, deciding everything without asking, decides everything without asking, deciding everything yourself, without asking us, without asking anyone, without consulting anyone, without consulting us, without hearing anyone, without listening to anyone, without involving anyone, without checking with anyone, without asking anybody, without consulting anybody
  opposite+: approachability, team spirit, consensus building, coaching, servant leadership, humility, receptiveness, letting go

quality authority
  forms: authoritative
  synonyms: natural authority, gravitas, commanding presence, credibility, moral authority, credible, authoritativeness, command respect, commands respect
  excess: bossiness, arrogance, harshness, rigidity, aloofness, stiffness
  opposite-: over-familiarity, selling yourself short, meekness, spinelessness, permissiveness

quality competitiveness
  forms: competitive, competitively
  synonyms: will to win, winning mentality, competitive spirit, fighting spirit, drive to win, in it to win it, all about winning, killer instinct, competitive edge, hungry to win, wanting to win, playing to win
  excess: rivalry, ruthlessness, selfishness, arrogance, aggressiveness, careerism, jealousy, individualism, pushiness
  opposite-: conformism, complacency, laziness, apathy

distortion rivalry
  forms: rival, rivals
  synonyms: one-upmanship, oneupmanship, point-scoring, jealousy, envy, turf wars, competing with colleagues, overcompetitive, over-competitive, win at all costs, elbowing, sharp elbows, divisiveness, divisive, factionalism, us-and-them thinking, us versus them, hyper-competitive, hypercompetitive, hypercompetitiveness, turf war, keeping up with the Joneses, us and them, sore loser, bad loser, territoriality, territorialism, protecting your patch, protecting your turf, guarding your patch, guarding your turf, scoring points off people, scoring points off others, territorial behaviour, territorial behavior, being territorial
  opposite+: team spirit, cooperation, connectedness, generosity, consideration

quadrant leadership > bossiness > team spirit > conformism
quadrant authority > bossiness > approachability > over-familiarity
quadrant competitiveness > rivalry > team spirit > conformism

quality directiveness
  forms: directive, directively
  synonyms: giving clear direction, steering, directive leadership, telling people what to do, taking control, steer, sage on the stage
  excess: bossiness, micromanagement, pushiness, rigidity, curtness
  opposite-: indecisiveness, passing the buck, passivity, spinelessness, permissiveness

quality coaching
  forms: coach, coaching style
  synonyms: coaching leadership, developing people, asking instead of telling, helping people find their own answers, mentoring, bringing out the best in people, getting the best out of people, guiding, guidance, developing others, non-directive, nondirective, mentor, asking questions instead of giving answers, help people grow, helping people grow, guide on the side, enabling others, enabling people
  excess: passing the buck, passivity, softness, permissiveness, vagueness, smothering
  opposite-: bossiness, micromanagement, pushiness, arrogance

quality consensus building
  forms: consensus seeking, consensus-oriented
  synonyms: seeking consensus, involving everyone, giving people a voice, giving everyone a voice, giving everyone a say, everyone having a say, inclusiveness, inclusive, participation, participative, building support, bringing people along, consulting, consulting others, inclusivity, consensus-minded, consensus, bring people along, getting everyone on board, get everyone on board, getting buy-in, get buy-in, consultative, asking for input, asking others for input, seeking input, seeking input from others, inviting input, facilitation skills, good facilitator, skilled facilitator, inviting others in, involving others, involving the team, includer, democratic leadership, democratic leadership style, democratic style, democratic decision-making
  excess: indecisiveness, conformism, people-pleasing, conflict avoidance, slowness, spinelessness, passing the buck
  opposite-: pushiness, bossiness, arrogance, stubbornness

distortion indecisiveness
  forms: indecisive, indecision
  synonyms: dithering, hesitancy, hesitation, vacillation, vacillating, sitting on the fence, fence-sitting, can't make up your mind, wavering, ditherer, hesitance, faffing, cannot decide, irresolute, irresoluteness, irresolution, ambivalence, ambivalent, can't decide, unable to decide, never deciding, doubt, doubtfulness, avoiding decisions, avoiding making decisions, fence-sitter, lack of decisiveness, undecided, sit on the fence, umming and ahhing, umming and aahing, death by committee, design by committee, endless meetings, all talk and no decisions, paralysed by consensus, consulting everyone on everything, consulting everyone about everything, too much consultation, endless consultation, never decide, never making a decision, never make a decision, decision paralysis, paralysed by indecision, paralyzed by indecision, discussing endlessly, endless discussions, keep discussing, keeping on discussing, putting off decisions, postponing decisions, keep putting off decisions, kicking decisions down the road, dither, we dither, hesitate, hesitating, we hesitate, hesitate too long, hesitant
  opposite+: decisiveness, directiveness, assertiveness

quadrant coaching > passing the buck > directiveness > bossiness
quadrant consensus building > indecisiveness > decisiveness > pushiness
quadrant directiveness > bossiness > consensus building > indecisiveness

quality delegation
  forms: delegate, delegates, delegating
  synonyms: empowerment, empowering, entrusting, handing over responsibility, trusting your team, giving responsibility, dividing tasks, divide tasks, dividing the work, divide the work, hand things over, handing things over, share the load, sharing the load, pass things on, passing things on, empower people, let the team decide, letting the team decide, creating ownership, giving ownership, letting others do it, let others do it, letting others take it on, letting others take over, sharing responsibility, share responsibility, shared responsibility, sharing responsibilities, sharing the responsibility, share the responsibility, handing work over to others, handing more work over, handing over work, hand more work over, hand work over, hand over work, handing over control, handing control over, hand over control, sharing control, passing on control
  excess: passing the buck, indifference, neglect, laziness
  opposite-: micromanagement, over-responsibility, meddling, perfectionism

distortion passing the buck
  forms: abdicate, abdicating
  synonyms: abdicating responsibility, irresponsibility, irresponsible, buck-passing, laissez-faire, washing your hands of it, dumping tasks, shirking responsibility, shirking, dodging responsibility, making excuses, excuses, excuse-making, shifting responsibility, unaccountable, hands-off, too hands-off, not taking responsibility, avoiding responsibility, lack of accountability, not taking ownership, lack of responsibility, lack of ownership, leaving people to sink or swim, sink or swim, missing in action, pass the buck, dumping work on people, dump work on people, throwing it over the wall, invisible manager, dumping work on others, dumping work on other people, dumping work on colleagues, offloading work onto others, offloading work, offloading tasks, offloading responsibility, offloading responsibilities, offloading problems, offloading onto others, absent leadership, absentee manager, absentee leadership, absentee boss, lack of leadership, no leadership, leadership vacuum, offloaded work, offloading your work, offloading your problems, offloading our problems, offloading, abdication, leaving everything for the next shift, leaving the mess for the next shift, dumping it on the next shift, leaving it for someone else, leaving it to someone else, leaving it for others, leaving it to others, for someone else to sort out, for someone else to clean up, someone else's problem, transferring the caller, transferring callers, transferring the customer, passing the caller around, passing callers around, passing people around, from pillar to post, works on my machine, it works on my machine, always an excuse, always having an excuse, always have an excuse, always has an excuse, an excuse for everything, an excuse for not, nobody knows who is responsible, no one knows who is responsible, nobody knows who's responsible, nobody feels responsible, no one feels responsible, nobody takes responsibility, no one takes responsibility, nobody takes ownership
  opposite+: involvement, responsibility, directiveness

quality involvement
  forms: involved
  synonyms: engagement, engaged, hands-on approach, hands-on, staying close to the work, personal involvement, management by walking around
  excess: micromanagement, over-involvement, meddling, smothering, intrusiveness, sentimentality, over-responsibility
  opposite-: passing the buck, indifference, aloofness, neglect, half-heartedness

distortion micromanagement
  forms: micromanaging, micromanage, micromanager, micro-management, micro-managing
  synonyms: control freak, controlling, controllingness, breathing down people's necks, looking over people's shoulders, checking everything, controlling behaviour, can't delegate, cannot delegate, not delegating, unable to delegate, needing to be in control, having to be in control, wanting to control everything, holding the reins tightly, overcontrol, looking over shoulders, not being able to delegate, not able to delegate, unable to let others do it, need for control, control obsession, control freakery, obsession with control, needing control, needing to control, wanting control, wanting to be in control, need to be in control, fear of losing control, control-seeking, control, breathing down my neck, breathing down people's neck, looking over my shoulder, can't let go of control, checks everything, never delegate, never delegating, helicopter management, helicopter manager, helicopter managing, checking up on everything, checking up on people, checking up on everything you do, checking up on you, in cc on every, in cc on everything, cc on every email, cc'd on every email, cc'd on everything, copied in on everything, copied in on every email, wanting to be in cc, a report on every little thing, a report on everything, reports on everything, approval for every little thing, permission for every little thing, sign-off for every little thing, counting every toilet break, counting toilet breaks, timing toilet breaks, timing every toilet break, every toilet break, timing every break
  opposite+: delegation, trust

quality keeping track
  forms: oversee, overseeing
  synonyms: monitoring, supervision, keeping tabs, being in control, control, keeping a grip, checking up, keep an eye on things, keeping an eye on things, keep track, oversight
  excess: micromanagement, meddling, suspicion, bureaucracy, nitpicking
  opposite-: naivety, passing the buck, neglect, sloppiness

quality responsibility
  forms: responsible, responsibly
  synonyms: sense of responsibility, ownership, taking ownership, sense of duty, owning it, duty, custodianship
  excess: over-responsibility, micromanagement, self-sacrifice, perfectionism, meddling, smothering, worrying, workaholism, over-involvement, brooding
  opposite-: passing the buck, neglect, unreliability, blaming

distortion over-responsibility
  forms: over-responsible, overresponsible, overresponsibility
  synonyms: taking on too much, carrying the world on your shoulders, doing everything yourself, unable to delegate, hyper-responsibility, taking everything on yourself, biting off more than you can chew, doing it all yourself, doing everything, overburdened, overloaded, overload, doing too much, carrying everything, carrying everything yourself, taking everything on, feel responsible for everything, feeling responsible for everything, do everything yourself, I do everything myself, doing everything myself, do it all yourself, do everything himself, do everything herself, do everything myself, does everything himself, does everything herself, take on too much, takes on too much, drowning in work, snowed under, too much on my plate, too much on your plate, taking on more than you can handle, bite off more than you can chew, hero culture, being the hero, taking on everyone's problems, taking on everybody's problems, taking on other people's problems, carrying everyone's problems, carrying others, picking up the slack, picking up other people's slack, picking up everyone's slack, taking on everything yourself, take on everything yourself, takes on everything himself, takes on everything herself, taking everything upon yourself, taking it all on yourself, taking on everything, takes on everything, over-functioning, overfunctioning, over-functioner, overfunctioner, taking on far too much, taking on way too much, taking too much on, doing it yourself instead of, instead of handing it over, instead of delegating, finishing other people's work, finish other people's work, doing other people's work, doing other people's jobs, staying late to finish, doing their job for them, doing the customer's job for them, doing the customer's job, doing their work for them, doing everyone's job
  opposite+: delegation, letting go, trust, self-care, relaxation

quadrant delegation > passing the buck > involvement > micromanagement
quadrant responsibility > over-responsibility > delegation > passing the buck
quadrant keeping track > micromanagement > trust > naivety

quality accountability
  forms: accountable
  synonyms: holding people accountable, holding people to account, answerability, owning results, calling people to account, responsibility, carry the can, carrying the can, the buck stops here, the buck stops with me, hold people to account, own your mistakes, owning your mistakes, owning up, own up, face the music, facing the music, owning mistakes, owning your errors
  excess: blaming, harshness, preachiness, micromanagement
  opposite-: permissiveness, passing the buck, unreliability

distortion blaming
  forms: blame, blames, blamed
  synonyms: blame culture, finger-pointing, pointing fingers, scapegoating, witch-hunt, naming and shaming, accusatory, accusing, reproachful, reproach, reproaches, throwing people under the bus, throw people under the bus, thrown under the bus, it's not my fault, never my fault, pointing the finger, point the finger, points the finger, too quick to blame, quick to blame, quick to point the finger
  opposite+: forgiveness, leniency

quality forgiveness
  forms: forgiving, forgive, forgivingness
  synonyms: second chances, giving people a second chance, letting bygones be bygones, not holding grudges, clemency, clean slate, fresh start, let bygones be bygones, bury the hatchet, burying the hatchet, water under the bridge
  excess: permissiveness, naivety, softness, spinelessness, meekness, people-pleasing
  opposite-: blaming, harshness, intolerance, preachiness

quadrant accountability > blaming > forgiveness > permissiveness
quadrant accountability > blaming > leniency > permissiveness

quality trust
  forms: trusting, trustful, trustfulness
  synonyms: faith in people, confidence in others, trust in others, believing in people, giving the benefit of the doubt, faith, psychological safety, take people at their word, taking people at their word, no-blame culture, creating a safe space, create a safe space, creating safety, creating psychological safety, assuming good intent, assuming good intentions, assume good intent, assuming the best of people, assume the best of people
  excess: naivety, passing the buck, permissiveness, indifference, blind loyalty, neglect
  opposite-: suspicion, micromanagement, smothering, cynicism, meddling

distortion suspicion
  forms: suspicious, suspiciously, suspiciousness
  synonyms: distrust, distrustful, mistrust, mistrustful, paranoia, paranoid, lack of trust, no trust, hypervigilance, hypervigilant, hyper-vigilance, hyper-vigilant, untrusting, trusting no one, trusting nobody, not trusting others, not trusting anyone, trust no one, always looking for a catch, smell a rat, smelling a rat, doesn't trust anyone, don't trust anyone, trust issues, having trust issues, has trust issues, like a fraudster, like fraudsters, like a criminal, like criminals, like a suspect, like suspects, like a thief, like thieves, treating everyone like a suspect, following customers around, following people around, following them around
  opposite+: trust, openness, open-mindedness, loyalty

distortion naivety
  forms: naive, naively, naiveness, naivete
  synonyms: gullibility, gullible, credulity, credulous, too trusting, being too trusting, easily fooled, wide-eyed innocence, overtrusting, over-trusting, blind trust, wide-eyed, uncritical, uncritically, ingenuous, ingenuousness, credulousness, unworldliness, unworldly, innocence, unwariness, unwary, impressionable, impressionability, suggestible, suggestibility, simple-minded, simple-mindedness, taken for a ride, born yesterday, rose-tinted glasses, rose-tinted spectacles, rose-colored glasses, trusts everyone, trusting everyone, trusts too easily, trusting too easily, trust too easily, taking things at face value, taking everything at face value, accepting things at face value, hoping it works out, and hope it works out, crossing your fingers, fingers crossed
  opposite+: critical thinking, vigilance, keeping track

quality vigilance
  forms: vigilant, vigilantly
  synonyms: alertness, alert, watchfulness, watchful, being on guard, keeping an eye out, on your guard, keep your eyes open, keeping your eyes open, on the lookout, eyes peeled, keeping your eyes peeled, spotting problems before they happen, before they happen, seeing problems coming, spotting problems early
  excess: suspicion, panic, micromanagement, worrying, restlessness, risk aversion
  opposite-: naivety, indifference, neglect, complacency

quadrant critical thinking > suspicion > trust > naivety
quadrant vigilance > suspicion > trust > naivety

quality vision
  forms: visionary
  synonyms: big-picture thinking, strategic thinking, strategic, foresight, far-sightedness, farsightedness, long-term thinking, sense of direction, far-sighted, forward-looking, visionariness, farsighted, sense of purpose, future orientation, think big, thinking big, future-oriented, future-minded, prescience, prescient, see where things are heading, ahead of the game, long-term view, thinking long term, future focus, long-term orientation, futuristic thinking, futuristic thinker
  excess: being unrealistic, vagueness, arrogance
  opposite-: short-termism, tunnel vision, stagnation, unimaginativeness

distortion being unrealistic
  forms: unrealistic, unrealistically
  synonyms: wishful thinking, head in the clouds, pie in the sky, castles in the air, impracticality, impractical, daydreaming, living in a dream world, ivory tower, dreaminess, dreamy, dreamer, utopian, airy-fairy, starry-eyed, theoretical, overoptimistic, over-optimism, overoptimism, fanciful, overimaginative, wishful, airy-fairiness, otherworldliness, otherworldly, floatiness, floaty, daydreamer, fantasy, lack of realism, quixotic, cloud cuckoo land, overpromising, over-promising, overpromise, overpromises, promising too much, promising the world, losing touch with reality, lose touch with reality, loses touch with reality, lost touch with reality, out of touch with reality, losing contact with reality, detached from reality, disconnected from reality, divorced from reality, ivory tower thinking, ivory-tower thinking, living in an ivory tower, tilting at windmills, chasing rainbows, unrealism, promising what you can't deliver, selling what you can't deliver, work the team can't deliver, things you can't deliver, what we can't deliver, selling work we can't deliver, a refund they can't give, a refund you can't give, a refund we can't give, promising what you can't, promising things you can't
  opposite+: realism, practicality, pragmatism

quality practicality
  forms: practical
  synonyms: practical sense, practical-mindedness, practically minded, down-to-earthness, down-to-earth, feet on the ground, both feet on the ground, handiness, pragmatism, concreteness, concrete, nuts and bolts, hands-on execution, getting things implemented, delivery focus, practical execution, hands-on delivery, execution focus, focus on execution, strong execution, execution-minded, execution-oriented, belbin implementer, less talking more doing, less talk more action, less talk more doing
  excess: short-termism, unimaginativeness, superficiality, sloppiness, opportunism, quick fixes
  opposite-: being unrealistic, overcomplication, overthinking, perfectionism

distortion short-termism
  forms: short-termist, short-term thinking
  synonyms: short-sightedness, short-sighted, myopia, no long-term view, only looking at today, quick wins only, shortsighted, shortsightedness, lack of vision, can't see past next quarter, living for today, short-term gains, chasing short-term profits, quarterly thinking, chasing quick wins, going for quick wins, only quick wins, no vision
  opposite+: vision

quadrant vision > being unrealistic > practicality > short-termism

quality big-picture thinking
  forms: big picture, big-picture thinker
  synonyms: overview, helicopter view, seeing the big picture, seeing the whole, holistic thinking, holistic, bird's-eye view, broad view, broad perspective, broad outlook, wide view, see the bigger picture, see the wood for the trees, seeing the wood for the trees, see the forest for the trees, zoom out, zooming out, seeing the bigger picture, looking at the bigger picture, looking at the big picture, sense-making, sensemaking, synthesising, synthesizing, synthesising information
  excess: superficiality, vagueness, sloppiness, being unrealistic
  opposite-: nitpicking, tunnel vision, short-termism

quality idealism
  forms: idealistic, idealist
  synonyms: ideals, high ideals, sense of mission, believing in a cause, mission-driven, high-minded, high-mindedness, make a difference, making a difference, changing the world, change the world
  excess: being unrealistic, fanaticism, naivety, preachiness, dogmatism, perfectionism
  opposite-: opportunism, suspicion, pessimism, indifference, short-termism, cynicism

quality charisma
  forms: charismatic, charismatically
  synonyms: magnetism, personal magnetism, presence, star quality, inspiring, inspirational, inspiring presence, motivating, motivational, inspiring others, lights up a room, lights up the room, ability to inspire, able to inspire, rallying people, rallying the troops, rallying the team, rallying others, panache, owning the room, own the room, owns the room
  excess: showing off, arrogance, manipulation, bossiness, loudness
  opposite-: selling yourself short, dullness, meekness

distortion showing off
  forms: show off, shows off, showoff, showy, showiness
  synonyms: grandstanding, attention seeking, bragging, boasting, boastfulness, vanity, posturing, hogging the limelight, vain, pompous, pomposity, boastful, attention-grabbing, flashy, ostentatious, exhibitionism, self-promoting, name-dropping, showmanship, bragger, braggart, glory-seeking, ostentatiousness, flamboyance, flamboyant, pretentious, pretentiousness, trying too hard, macho, macho behaviour, bravado, big talk, bluffing, putting on airs, airs and graces, stealing the show, needing attention, need for attention, showboating, humblebragging, fishing for compliments, playing to the gallery, need for recognition, need for appreciation, craving recognition, recognition-seeking, limelight-seeking, image-conscious, poseur, attention seeker, attention-seeker, flashiness, vainglory, vainglorious, bombastic, bombast, grandiloquence, grandiloquent, big talker, glory-hunting, blowing your own trumpet, blow your own trumpet, blowing your own horn, humble bragging, humblebrag, talking big, full of hot air, hot air, limelight-hogging, stealing the limelight, bluster, blustering, blusterer, tooting your own horn, toot your own horn, holding court, holds court, show-offs, show-off, showoffs, showoff, bragging about everything, brag, brags, shameless self-promotion, constant self-promotion, excessive self-promotion, endless self-promotion, self-aggrandisement, self-aggrandizement, self-aggrandising, self-aggrandizing, name-drop, name-drops, name dropping, namedropping, name-dropper
  opposite+: modesty, humility

quadrant charisma > showing off > modesty > selling yourself short

# ---------------------------------------------------------------------------------------------------
# Energy, calm and pace.
# ---------------------------------------------------------------------------------------------------

quality enthusiasm
  forms: enthusiastic, enthusiastically, enthused
  synonyms: eagerness, eager, zest, excitement, keenness, ardour, ardor, gusto, passion, spirited, exuberance, exuberant, zestful, alacrity, ebullience, ebullient, effervescence, effervescent, raring to go, full of beans, up for it, verve
  excess: overzealousness, restlessness, pushiness, melodrama, fanaticism, impulsiveness, showing off, loudness, haste, talkativeness, childishness, being unrealistic
  opposite-: apathy, passivity, dullness, indifference, pessimism, negativity, complacency

distortion overzealousness
  forms: overzealous, over-zealous, over-enthusiastic, overenthusiastic
  synonyms: over-enthusiasm, overenthusiasm, overexcitement, over-excitement, overeagerness, over-eagerness, going overboard, getting carried away, overeager, over-eager, zealousness, overdoing it, overdoing things, excessive zeal, overzeal, overexcited, over-excited, excitable, excitability, intense, overwhelming, over-egging it, over-egging the pudding, overkeen, over-keen, too keen, overkeenness, over-keenness
  opposite+: calm, moderation, patience

quality calm
  forms: calmly, calmness, calmer
  synonyms: composure, composed, serenity, serene, tranquillity, tranquility, equanimity, level-headedness, level-headed, unflappability, unflappable, poise, cool-headedness, keeping a cool head, relaxation, cool-headed, coolheaded, mindfulness, peaceful, peacefulness, tranquil, keeping your cool, stillness, mellow, quietude, slowing down, slow down, restfulness, self-possession, self-possessed, stoicism, stoic, imperturbability, imperturbable, sang-froid, sereneness, restful, inner peace, cool under pressure, works well under pressure, presence of mind, equability, equable, placidity, placid, unperturbed, unruffled, stoical, level head, cool head, keeping a level head, cool as a cucumber, keep your cool, de-escalation, de-escalating, grace under pressure, nothing fazes her, nothing fazes him, unfazed, sangfroid, calm in a crisis, cool in a crisis, calm in a storm, calm in the storm, aplomb, staying cool, keeping cool, staying cool under pressure, levelheadedness, reassuring, reassurance, reassure, reassuring people, putting people at ease, calming people down, a calming presence, talking people down, talking anyone down, nothing fazes us, nothing fazes, keeping your head, keeping a clear head, keep your head, keep our heads, keeping our heads
  excess: apathy, complacency, aloofness, slowness, dullness, indifference, passivity, laziness, procrastination
  opposite-: overzealousness, restlessness, panic, haste, melodrama

distortion apathy
  forms: apathetic, apathetically
  synonyms: listlessness, listless, lethargy, lethargic, lack of energy, lifelessness, unmotivated, lack of motivation, demotivated, disengaged, disengagement, inert, unenthusiastic, lack of enthusiasm, spiritlessness, spiritless, boredom, bored, torpor, ennui, no drive, passionless, can't be bothered, couldn't be bothered, checked out, switched off, checking out mentally, mentally checked out, mentally checking out
  opposite+: enthusiasm, dynamism, passion

quality dynamism
  forms: dynamic, dynamically
  synonyms: energy, energetic, vigour, vigor, vitality, liveliness, lively, get-up-and-go, vibrant, sparkling, vibrancy, elan, spiritedness, vivacity, active, activeness, vigorous, vigorousness, vivaciousness, vivacious, on the go, energising others, energizing others, energising the team, energizing the team
  excess: restlessness, haste, impatience, overzealousness, chaos, impulsiveness, lack of focus, loudness
  opposite-: apathy, stagnation, passivity, slowness, dullness, complacency

distortion restlessness
  forms: restless, restlessly
  synonyms: hyperactivity, hyperactive, fidgetiness, can't sit still, constant change, change for change's sake, shiny object syndrome, agitation, fidgety, overactive, overactivity, unable to sit still, hyper, can't relax, cannot relax, unable to relax, never relaxing, unrest, agitated, agitatedness, restiveness, restive, frenzy, frenzied, fear of missing out, fomo, always on the go, ants in your pants, itchy feet, bored easily, gets bored easily, new for the sake of new, change for the sake of change, easily bored, getting bored easily, novelty-seeking, novelty seeking, always wanting something new, always chasing something new, reinventing the wheel, reinvent the wheel, reinvents the wheel, starting from scratch every time, always starting from scratch
  opposite+: calm, stability, patience

quadrant enthusiasm > overzealousness > calm > apathy
quadrant dynamism > restlessness > calm > apathy

quality innovation
  forms: innovative, innovate, innovating, innovativeness
  synonyms: inventiveness, inventive, ingenuity, pioneering spirit, pioneering, renewal, forward thinking, ingenious, ingeniousness, pioneer, trailblazer, trailblazing, groundbreaking, change-oriented, change orientation, change-minded, push the envelope, pushing the envelope, break new ground, breaking new ground, challenging the status quo, challenge the status quo, ahead of the curve, early adopter, changing things, making changes, readiness for change, change readiness, appetite for change, driving change, leading change, change agent, agent of change, continuous improvement, kaizen, improvement mindset, improvement-minded, always improving, always looking to improve, champion of change, change champion, welcoming change, openness to change, inventing, invent, inventing new things, inventor, change
  excess: restlessness, being unrealistic, chaos, recklessness, lack of focus, inconsistency
  opposite-: stagnation, bureaucracy, rigidity, risk aversion, provincialism

quality stability
  forms: stable, stably
  synonyms: continuity, steadiness, steady, constancy, solidity, groundedness, grounded, rootedness, centredness, centeredness, preserving what works, keeping what works, holding on to what works, building on what works, conserving what works, preserving what's good, keeping what's good
  excess: stagnation, rigidity, provincialism, slowness, stubbornness, dullness, complacency, risk aversion
  opposite-: restlessness, spinelessness, chaos, inconsistency, unreliability, recklessness

distortion stagnation
  forms: stagnant, stagnate, stagnating
  synonyms: standstill, stuck in a rut, in a rut, resistance to change, stuck in the past, we've always done it this way, status quo thinking, conservative, conservatism, old-fashioned, old-school, traditionalist, resistant to change, fixed mindset, stuck in routine, stick-in-the-mud, change-averse, reactionary, stuck in the mud, static, immobile, immobility, hidebound, entrenched, ossified, calcified, fossilised, fossilized, fear of change, routine, afraid of change, change aversion, aversion to change, standing still, treading water, going nowhere, same old same old, resisting change, resist change, living in the past, behind the times, change resistance, fuddy-duddy, luddite, luddism, hating change, doing it like we always did, doing things the way we always have, inertia, status-quo bound, status quo bound, bound to the status quo, clinging to the status quo, cling to the status quo, clinging on to the status quo, holding on to the status quo, stuck in the status quo, defending the status quo, status quo bias, status-quo bias, status-quo thinking, attached to the status quo, wedded to the status quo, tradition-bound, bound by tradition, stuck in tradition, clinging to tradition, clinging to the past, clinging to old ways, holding on to what no longer works, clinging to what no longer works, holding on to old ways, holding on to the old ways, holding on to the old, holding on to the past, holding on to old habits
  opposite+: innovation, dynamism

quadrant innovation > restlessness > stability > stagnation
quadrant stability > stagnation > dynamism > restlessness

quality ambition
  forms: ambitious, ambitiously
  synonyms: aspiration, aspirations, drive to succeed, striving, hunger for success, career drive, wanting to achieve, ambitiousness, growth-oriented, aim high, aiming high, reach for the stars, climb the ladder, climbing the ladder, hungry for success, hungry to succeed, hunger to succeed
  excess: careerism, workaholism, ruthlessness, pushiness, selfishness, arrogance, restlessness, greed, rivalry, jealousy, opportunism
  opposite-: complacency, laziness, apathy, half-heartedness, passivity, aimlessness

distortion careerism
  forms: careerist, careerists
  synonyms: climbing the ladder at all costs, ruthless ambition, overambition, over-ambition, overambitious, status seeking, social climbing, social climber, ladder climbing, climber, empire building, status-conscious, climbing the greasy pole, stepping on people to get ahead
  opposite+: contentment, modesty, team spirit, loyalty

quality contentment
  forms: contented, contentedly
  synonyms: satisfaction, being satisfied, peace of mind, knowing when enough is enough, sense of enough, being content, contentedness, happy with what you have, count your blessings, counting your blessings
  excess: complacency, laziness, passivity, stagnation, apathy
  opposite-: careerism, greed, restlessness, perfectionism, workaholism

distortion complacency
  forms: complacent, complacently
  synonyms: self-satisfaction, self-satisfied, resting on your laurels, coasting, staying in your comfort zone, comfort zone, lack of ambition, unambitious, comfort-seeking, underachiever, underachieving, underachievement, no ambition, if it ain't broke don't fix it, if it isn't broken don't fix it, asleep at the wheel, resting on past success, resting on past successes, resting on your past successes, lack of urgency, no sense of urgency, lack of a sense of urgency, mediocrity, mediocre, settling for mediocrity, settling for average, settling for less, settling for good enough, accepting mediocrity, mediocrity-accepting, too laid back, way too laid back, a bit too laid back, too relaxed, too easy-going, too easygoing, too chilled
  opposite+: ambition, sense of urgency, high standards, competitiveness

quadrant ambition > careerism > contentment > complacency

quality sense of urgency
  forms: urgency
  synonyms: acting quickly, getting on with it, no time to lose, speed of action, strike while the iron is hot, striking while the iron is hot, get a move on
  excess: panic, haste, impatience, pushiness, restlessness, reactivity, impulsiveness, short-termism
  opposite-: complacency, procrastination, slowness, laziness, passivity, indifference

distortion panic
  forms: panicky, panicking, panicked, panics
  synonyms: alarmism, alarmist, overreacting, overreaction, headless chicken, running around like a headless chicken, frantic, stressed, high-strung, highly strung, jittery, jumpy, on edge, wound up, scaremongering, scaremonger, frenzied, franticness, jumpiness, frenzy, overwhelmed, everything is urgent, everything is a priority, freaking out, freak out, losing your head, lose your head, stressing out, stressed out, can't cope, not coping, flustered, frazzled, getting flustered, getting rattled
  opposite+: calm, relaxation

quadrant sense of urgency > panic > calm > complacency
quadrant sense of urgency > haste > calm > complacency
quadrant sense of urgency > panic > relaxation > procrastination

quality diligence
  forms: diligent, diligently
  synonyms: industriousness, industrious, hard work, hard-working, hardworking, work ethic, assiduousness, assiduous, hard worker, studious, studiousness, assiduity, sedulousness, sedulous, grafter, putting the hours in, put the hours in, nose to the grindstone, elbow grease, pulling your weight, pull your weight, pulls his weight, working hard, working so hard, strong work ethic, good work ethic, great work ethic, solid work ethic
  excess: workaholism, nitpicking, perfectionism, compulsiveness, rigidity
  opposite-: laziness, sloppiness, procrastination, indiscipline, half-heartedness

quality dedication
  forms: dedicated
  synonyms: commitment, committed, devotion, devoted, wholeheartedness, wholehearted, going all out, devotedness, engagement, tirelessness, tireless, untiring, above and beyond, going above and beyond, go above and beyond, give it your all, giving it your all, throwing yourself into, throw yourself into, committing yourself fully, commit yourself fully
  excess: workaholism, over-involvement, self-sacrifice, fanaticism, over-responsibility
  opposite-: laziness, half-heartedness, indifference, apathy, unreliability

distortion workaholism
  forms: workaholic
  synonyms: overwork, overworking, working too hard, burnout, burning out, burning the candle at both ends, never switching off, all work and no play, too busy, busyness, overbusy, always busy, burned out, burnt out, overachiever, overachieving, always working, exhausted, exhaustion, overtired, busy all the time, living at work, can't switch off, burning the midnight oil, burn the midnight oil, working all hours, married to the job, married to your job, hustle culture, working late every night, working late, running on empty, works all the time, working all the time, working weekends, never takes a holiday, never takes a break, never taking a break, worked late, worked all weekend, worked through lunch, pushing yourself too hard, push yourself too hard, driving yourself too hard, overdoing it, always being busy, being busy all the time, presenteeism, never taking breaks, skipping breaks, skipping lunch, never take a break, never take breaks, forget to rest, forgetting to rest, never resting, never rest, not resting enough, forgetting to take breaks, skipping your breaks, working through breaks, working through lunch, no breaks, never switch off, working in the weekends, working at weekends, working every weekend, working in the weekend, staying late every night, staying late every day, always staying late, always stay late, staying late all the time
  opposite+: relaxation, letting go, moderation

quality relaxation
  forms: relaxed, relaxedly, relax, relaxing
  synonyms: work-life balance, being at ease, laid-back, laid-backness, unwinding, switching off, taking breaks, taking rest, resting, relaxedness, chilled, chilled out, taking it easy, unwind, take it easy, switch off, kick back, take a breather, taking a breather, chilling out, chill out, chilling out more, chilling, loosening up, loosen up, taking time out, take time out, recharging your batteries, recharge your batteries, unplugging from work
  excess: laziness, procrastination, apathy, sloppiness, indiscipline, passivity, indifference, complacency, half-heartedness, unpreparedness
  opposite-: workaholism, panic, compulsiveness, restlessness, perfectionism, impatience, overzealousness

distortion laziness
  forms: lazy, lazily
  synonyms: idleness, idle, indolence, indolent, sloth, slacking, slacker, work-shy, shirking, slothful, slack, layabout, freeloader, freeloading, free-rider, free-riding, shirker, skiving, lazybones, couch potato, convenience-seeking, ease-seeking, shiftless, shiftlessness, slothfulness, hedonism, hedonistic, pleasure-seeking, party animal, sponger, scrounger, not lifting a finger, won't lift a finger, swinging the lead, doing the bare minimum, do the bare minimum, leaves everything to others, leaving everything to others, letting others do the work, lets others do the work, not pulling your weight, not pulling their weight, doesn't pull his weight, doesn't pull her weight, self-indulgent, self-indulgently, sitting on your phone, sitting on your phones, on your phone all day, on their phones all day, glued to your phone, glued to their phones, scrolling on your phone, standing chatting, stand chatting, stood chatting, because nobody checks, when nobody checks, if nobody checks, when nobody's looking, when no one's looking, when nobody is looking, when no one is looking, copying last year's, copy-pasting, copying and pasting, don't bother to, doesn't bother to, not bothering to, never bothering to, never bother to, never bothers to, can't be bothered to, always on your phone, always on your phones, always on their phones, on your phone all the time, on their phones all the time, recycling the same, recycling the same slides, the same slides for every, recycling old slides, recycling old reports
  opposite+: diligence, dedication, drive, initiative

distortion procrastination
  forms: procrastinate, procrastinating, procrastinator
  synonyms: putting things off, delaying, postponing, leaving it to the last minute, dragging things out, leaving things to the last minute, last minute, dilatory, dilatoriness, stalling, kicking the can down the road, kick the can down the road, I'll do it tomorrow, kicking it into the long grass, kicking things into the long grass, kick it into the long grass, keep rescheduling, keeps rescheduling, rescheduling everything, rescheduling things, keep postponing, keeps postponing, postponing everything, keep putting off, keeps putting off, putting off the decision, putting off difficult, putting off the difficult
  opposite+: sense of urgency, discipline

quadrant dedication > workaholism > relaxation > laziness
quadrant diligence > workaholism > relaxation > laziness

quality passion
  forms: passionate, passionately
  synonyms: fervour, fervor, heart and soul, intensity, love for the work, burning desire, drive, zeal, zealous, intense, ardent, ardency, fervent, fervency, lives and breathes it, living and breathing it, love your job, loving your job, love what you do, loving what you do, love your work, loving your work
  excess: fanaticism, overzealousness, melodrama, pushiness, impulsiveness, workaholism
  opposite-: half-heartedness, apathy, indifference, dullness, cynicism

distortion fanaticism
  forms: fanatic, fanatical, fanatically
  synonyms: zealotry, zealot, obsessiveness, obsessive, obsession, extremism, crusading, overzealousness, obsessed, extreme, extremist, radicalism, militancy, on a crusade, true believer
  opposite+: moderation, open-mindedness, relaxation, tolerance, nuance, light-heartedness

quality moderation
  forms: moderate, moderately
  synonyms: temperance, temperate, measuredness, measured, balance, sense of proportion, everything in moderation, putting things in perspective, sense of perspective, relativising, relativizing, perspective, equilibrium, temperateness, abstemiousness, abstemious, happy medium, middle ground, pacing yourself, pace yourself
  excess: half-heartedness, meekness, dullness, indecisiveness, complacency, passivity, indifference, flippancy, laziness
  opposite-: fanaticism, overzealousness, recklessness, greed, wastefulness, melodrama

distortion half-heartedness
  forms: half-hearted, halfhearted, half-heartedly
  synonyms: lukewarmness, lukewarm, tepidness, tepid, going through the motions, lack of commitment, mediocrity, noncommittal, non-committal, lackadaisical, non-commitment, noncommittalness, non-binding, without obligation, mediocre, no commitment, quiet quitting, doing it by halves, do things by halves, half-arsed, half-assed, phoning it in, phone it in, token effort, clock-watching, clock watcher, clock-watcher, watching the clock, not committed, half-measures, half measures, accepting mediocrity, mediocrity-accepting
  opposite+: passion, dedication

quadrant passion > fanaticism > moderation > half-heartedness

quality initiative
  forms: proactive, proactively, proactivity, proactiveness, taking initiative, take initiative
  synonyms: self-starter, self-starting, enterprise, taking action, making things happen, stepping up, roll up your sleeves, rolling up your sleeves, step up, make things happen, just do it, bias for action, bias towards action, bias toward action, action orientation, action-oriented, action-orientated, gumption, activator, making the first move, make the first move, don't wait to be told, dont wait to be told, not waiting to be told, without being told
  excess: impulsiveness, impatience, workaholism, intrusiveness, pushiness, bossiness, recklessness, meddling, restlessness, overzealousness, haste
  opposite-: passivity, laziness, procrastination, apathy, indecisiveness

distortion impulsiveness
  forms: impulsive, impulsively, impulsivity
  synonyms: acting on impulse, acting without thinking, spur of the moment, knee-jerk reactions, knee-jerk, hot-headedness, hotheaded, unrestrained, lack of restraint, unbridled, impetuous, impetuosity, hotheadedness, impetuousness, jumping the gun, thoughtlessness, thoughtless, lack of self-control, leaping before you look, leap before you look, on a whim, shoot from the hip, shooting from the hip, act first think later, jumping in feet first, jump in feet first, going off half-cocked, without thinking, speaks before she thinks, speaks before he thinks, speaking before you think, speak before you think, charging in headfirst, ploughing on regardless, ploughing ahead regardless, plowing ahead regardless, acting before thinking, acting before you think, acting before we think, rushing into things, rushing into it, without thinking it through, without thinking things through
  opposite+: reflection, self-control, critical thinking

quality reflection
  forms: reflective, reflect, reflecting, reflectiveness
  synonyms: self-reflection, deliberation, deliberateness, contemplation, thinking things through, considered approach, taking a moment, gathering the facts, getting all the facts, self-aware, self-awareness, introspection, introspective, taking a pause, thinking before acting, think before you act, thinking first, pensiveness, pensive, contemplativeness, contemplative, thinking before speaking, thinking before you speak, sleep on it, sleeping on it, mull it over, mulling it over, mulling things over, chew it over, thinking before you act, thinks before he speaks, thinks before she speaks, thinking before we act, thinking before we speak, stopping to think, stop and think, pausing to think, pausing to reflect, intellection, taking time to process, take time to process, taking the time to process, taking time to reflect, take time to reflect, taking the time to reflect, thoughtfulness, thoughtful, pausing before acting, pausing before you act, pausing before reacting, pause before reacting, thinking it through, think things through
  excess: overthinking, indecisiveness, passivity, worrying, brooding, slowness, procrastination, inhibition, self-doubt
  opposite-: haste, impulsiveness, jumping to conclusions, recklessness, superficiality

distortion overthinking
  forms: overthink, overthinks, overthinker, over-thinking
  synonyms: analysis paralysis, paralysis by analysis, overanalysing, overanalyzing, over-analysis, brooding over decisions, overanalytical, overanalytic, hyper-analytical, over-analytical, going round in circles, going around in circles, can't stop thinking, thinks too much, thinking too much, think too much, getting lost in theory, lost in theory, getting lost in the theory, over-theorising, over-theorizing, overtheorising, overtheorizing, getting lost in abstractions, lost in abstraction, getting lost in abstraction, spending hours discussing, spending hours talking about, hours discussing, discussing things that don't matter, talking about things that don't matter, one more meeting before, always want one more meeting, another meeting before we decide, another meeting before deciding, analysing for weeks, for weeks analysing, analysing before they touch anything, analysing forever
  opposite+: intuition, decisiveness

quadrant initiative > impulsiveness > reflection > passivity
quadrant decisiveness > haste > reflection > indecisiveness

quality intuition
  forms: intuitive, intuitively
  synonyms: gut feeling, gut instinct, instinct, sixth sense, going with your gut, feel for things, trusting your gut, trust your gut, intuitiveness, instinctive, instinctiveness, go with your gut, trusting your instincts, trust your instincts, following your instincts, follow your instincts, following your gut, follow your gut
  excess: jumping to conclusions, vagueness, impulsiveness, being unrealistic
  opposite-: overthinking, rigidity, bureaucracy, nitpicking

distortion jumping to conclusions
  forms: jump to conclusions, jumps to conclusions, jumped to conclusions
  synonyms: snap judgements, snap judgments, hasty conclusions, premature judgement, rash judgement, prejudging, judging too quickly, quick to judge, rushing to judgement, rushing to judgment, putting two and two together and making five, before they've seen the evidence, before seeing the evidence, before looking at the evidence, before hearing the facts, before they know the facts, before knowing the facts, before they've heard the whole story, without hearing the whole story, without knowing the facts, without looking at the evidence, already made up your mind, mind already made up, your mind made up, deciding who did it
  opposite+: analytical thinking, reflection

quality analytical thinking
  forms: analytical, analytic, analytically, analyse, analyze, analysing, analyzing
  synonyms: analytical skills, analysis, logical thinking, logic, rational thinking, rationality, systematic thinking, logical, logical reasoning, rational, logicality, data-driven, think it through, crunch the numbers, crunching the numbers, break it down, breaking it down, root cause, root cause analysis, numbers-driven, numeracy, numerate, good with numbers, good with figures, a head for figures, head for numbers, a head for numbers, abstract thinking, abstract thinker, conceptual thinking, conceptual thinker, conceptual skills, pattern recognition, seeing patterns, spotting patterns, recognising patterns, recognizing patterns, monitor evaluator
  excess: overthinking, coldness, indecisiveness, aloofness, nitpicking, overcomplication, perfectionism, insensitivity
  opposite-: jumping to conclusions, quick fixes, impulsiveness, chaos, haste, being unrealistic, sloppiness

quadrant analytical thinking > overthinking > intuition > jumping to conclusions

# ---------------------------------------------------------------------------------------------------
# Order, structure and flexibility (Ofman's classics).
# ---------------------------------------------------------------------------------------------------

quality flexibility
  forms: flexible, flexibly
  synonyms: adaptability, agility, agile, suppleness, open to change, adjusting easily, rolling with it, roll with it, nimbleness, switching plans at the last minute, switch plans at the last minute, switching plans
  excess: inconsistency, chaos, indiscipline, unreliability, sloppiness, inauthenticity, spinelessness, favouritism, lack of boundaries, indecisiveness, opportunism, conformism, reactivity, aimlessness, fear of commitment, lack of focus
  opposite-: rigidity, stubbornness, bureaucracy, nitpicking, compulsiveness, dogmatism, provincialism, stagnation

quality adaptability
  forms: adaptable, adapt, adapting, adaptive
  synonyms: flexibility, adaptiveness, adjusting to circumstances, moving with the times, versatility of approach, adjustable, adaptation, embracing change, adapting to change, switching gears, switch gears, comfort with ambiguity, comfortable with ambiguity, tolerance of ambiguity, tolerance for ambiguity, dealing with ambiguity, ambiguity tolerance, dealing with uncertainty, dealing well with uncertainty, comfortable with uncertainty, coping with uncertainty, comfort with uncertainty, fitting into the team, fitting in with the team, fitting in with others
  excess: inauthenticity, conformism, opportunism, spinelessness, inconsistency, people-pleasing, meekness, selling yourself short
  opposite-: eccentricity, stubbornness, rigidity, dogmatism, stagnation, bureaucracy

distortion inconsistency
  forms: inconsistent, inconsistently
  synonyms: fickleness, fickle, erraticness, erratic, unpredictability, unpredictable, chopping and changing, blowing hot and cold, capriciousness, moody, moodiness, temperamental, capricious, changeable, mercurial, whimsical, arbitrary, arbitrariness, random, unpredictably, unstable, instability, flip-flopping, u-turns, flightiness, inconstancy, changeability, randomness, whimsicality, caprice, whim, unsteady, unsteadiness, unevenness, uneven, moving the goalposts, moving goalposts, making up the rules as they go, making up the rules as we go, making the rules up as they go, changing your mind all the time, U-turn, lack of consistency, no consistency, hit and miss, hit-and-miss, a bit flighty, being flighty, too flighty, keep changing the plan, changing plans all the time, changing your mind every five minutes, change your mind all the time, changing the rules all the time, changing the rules every week, keep changing the rules, keeps changing the rules, changing the rules halfway, keep changing your mind, keep changing your minds, keeps changing your mind, changing your minds, messing people around, messing us around, messing you around, messing them around, messing me around, saying one thing one day, one thing on monday, and the opposite the next, and the opposite on, changing things every day, changing everything all the time, changing the routes every day, changing the plan every day, changing the plan every week, changing the priorities every sprint, changing priorities every week, changing the priorities every week, changing the priorities all the time, changing priorities all the time, shifting priorities, constantly shifting priorities, constantly changing priorities, changing the priorities every
  opposite+: consistency, orderliness, perseverance, structure

quality consistency
  forms: consistent, consistently
  synonyms: predictability, coherence, coherent, doing what you say, following through, keeping to agreements, follow-through, predictable, closing the loop, closing the loop with customers, applying the rules the same way, the same way to everyone, the same way to every, the same rules for everyone, applying the rules consistently, sticking to the plan, stick to the plan, make a plan and stick to it, making a plan and sticking to it
  excess: rigidity, stubbornness, dullness, dogmatism, impersonality, bureaucracy, stagnation
  opposite-: inconsistency, unreliability, chaos, opportunism

quality orderliness
  forms: orderly, ordered
  synonyms: tidiness, tidy, neatness, neat, organised, organized, being organised, being organized, well-organised, everything in its place, structure, organisation, organization, organisational skills, organizational skills, well-organized, shipshape, order, everything has its place, a place for everything
  excess: rigidity, compulsiveness, nitpicking, bureaucracy, perfectionism, micromanagement, unimaginativeness, stiffness
  opposite-: chaos, inconsistency, sloppiness, indiscipline, unpreparedness

distortion chaos
  forms: chaotic, chaotically
  synonyms: disorder, disorganisation, disorganization, disorganised, disorganized, clutter, muddle, losing the overview, losing track, losing the plot, untidy, untidiness, unstructured, lack of structure, anarchic, anarchy, haphazard, unorganised, unorganized, no structure, too little structure, not enough structure, lack of order, muddledness, confusedness, shapelessness, formlessness, structurelessness, planlessness, disorderliness, haphazardness, shapeless, poor time management, bad time management, without structure, shambles, dog's breakfast, dog's dinner, total mess, herding cats, like herding cats, loses track, losing control of the class, not organised, not organized, it's a mess, a total mess, a complete mess, changing the schedule at the last minute, changing things at the last minute, changing the plan at the last minute, changing plans at the last minute, last-minute changes, changing the schedule all the time, putting things anywhere, putting stuff anywhere, putting the boxes anywhere, dumping things anywhere, any old how, any old where
  opposite+: orderliness, structure, planning

quality structure
  forms: structured, structuring
  synonyms: systematic approach, systematic, methodicalness, methodical, organisation skills, organization skills, organising ability, structuredness, systematicness, ground rules, set up processes, setting up processes
  excess: bureaucracy, rigidity, compulsiveness, nitpicking, perfectionism, micromanagement, unimaginativeness
  opposite-: chaos, sloppiness, inconsistency, vagueness, indiscipline

distortion bureaucracy
  forms: bureaucratic, bureaucratically
  synonyms: red tape, box-ticking, tick-box mentality, rule-bound, officiousness, officious, jobsworth, paper-pushing, overregulation, over-regulation, rule-follower, rules for the sake of rules, protocol-driven, procedure-driven, rule obsession, obsession with rules and procedures, formalistic, officialdom, paper pusher, pen-pusher, pen pusher, bureaucrat, box ticker, box-ticker, ticking boxes, tick-box exercise, form filling, proper channels, going through the proper channels, compliance-driven, meetings about meetings, rules-bound, process-heavy, heavyweight process, too much process, documenting everything, over-documenting, overdocumenting, hiding behind procedures, hiding behind rules, hiding behind the rules, hiding behind protocol, hiding behind policy, hiding behind the procedures, jobsworthiness, going by the letter, sticking to the letter of the rules, too many forms, way too many forms, form-filling, too much paperwork, too many signatures, a signature for everything, needs three signatures, three signatures for everything, hiding behind the ticket system, hide behind the ticket system, three departments, four departments, five departments, ten departments, through every department, three signatures, four signatures, five signatures, through five departments
  opposite+: flexibility, pragmatism, entrepreneurship, result orientation

quadrant flexibility > inconsistency > consistency > rigidity
quadrant flexibility > inconsistency > orderliness > rigidity
quadrant flexibility > chaos > orderliness > rigidity
quadrant flexibility > chaos > structure > rigidity
quadrant structure > bureaucracy > flexibility > chaos
quadrant creativity > chaos > orderliness > rigidity

quality reliability
  forms: reliable, reliably
  synonyms: dependability, dependable, trustworthiness, trustworthy, keeping promises, delivering on promises, a safe pair of hands, keeping agreements, keeping your word, solid, rock-solid, soundness, sticking to agreements, keeping appointments, sticking to your word, safe pair of hands, you can count on her, you can count on him, you can count on me, keeps promises, under-promise and over-deliver, under-promising and over-delivering, underpromise and overdeliver, keep your word, keeps her promises, keeps his promises, keep your promises, keeping your promises, do what you say you'll do, doing what you say you'll do, does what he says he'll do, does what she says she'll do, a man of his word, a woman of her word, true to his word, true to her word, his word is his bond, my word is my bond, underpromising, under-promising, underpromise, under-promise, following up on things, following up on commitments, following up on agreements, follow up on commitments, uptime, high uptime, never missing a delivery, never missing a deadline, never missing a delivery window, sticking to what we agreed, sticking to what was agreed, doing what we agreed, only promising what you can deliver, only promise what, what we can actually deliver, promising only what you can deliver, never miss a deadline, never misses a deadline, never miss a delivery, never misses a delivery, never miss a delivery window, never goes down, never go down, up and running, always up and running, zero downtime, no downtime, count on us, can count on us, can always count on us, rely on us, can rely on us, always deliver, we always deliver, always delivering, sticking to the agreements, stick to the agreements, doing what we say we will do, do what we say we will do, doing what we say well do
  excess: rigidity, dullness, stubbornness, self-sacrifice, stagnation, over-responsibility, risk aversion
  opposite-: unreliability, inconsistency, sloppiness, opportunism, dishonesty

distortion unreliability
  forms: unreliable, unreliably
  synonyms: flakiness, flaky, undependability, undependable, breaking promises, letting people down, lateness, tardiness, always late, unpunctual, unpunctuality, not keeping promises, overpromising, over-promising, broken promises, promising too much, untrustworthy, untrustworthiness, feckless, fecklessness, tardy, late, being late, not following through, lack of follow-through, not finishing things, never finishing anything, empty promises, missing deadlines, missed deadlines, no follow-through, dropping the ball, dropping balls, all talk, all talk and no action, all talk no action, poor follow-through, no-show, lets people down, over-promise and under-deliver, over-promising and under-delivering, can't be relied on, all mouth and no trousers, all mouth, all hat and no cattle, never on time, forgets everything, promises you can't keep, promises he can't keep, promises she can't keep, making promises you can't keep, never finish anything, never finishing things, never finish things, never finishing what we start, never finish what we start, promising customers too much, promise customers too much, promising clients too much, promise clients too much, overpromising to customers, not finishing stuff, don't finish things, don't finish stuff, lack of reliability, not reliable, lack of follow-up, poor follow-up, not punctual, forgetting to follow up, not doing what you say, don't do what they say, not doing what you said, never showing up, never show up, not showing up, don't show up, never turn up, never turning up, underdelivering, under-delivering, underdeliver, under-deliver, then nothing happens, and then nothing happens, nothing ever happens, never calling back, never call back, never calls back, never ringing back, never ring back, never getting back to people, never getting back to you, never get back to you, unless you chase them, have to chase them, having to chase them, having to chase people, always having to chase, chase them three times, chasing them three times, promising a callback and never, do nothing afterwards, doing nothing afterwards, and then do nothing, and then doing nothing, saying yes and doing nothing, say yes and then do nothing
  opposite+: reliability, punctuality, perseverance

quality punctuality
  forms: punctual, punctually
  synonyms: timeliness, timely, being on time, on time, meeting deadlines, keeping to time, time-conscious, sticking to deadlines, keeping deadlines, always on time, never late, bang on time, spot on time, spot on with timings, always bang on time
  excess: rigidity, nitpicking, compulsiveness, impatience
  opposite-: unreliability, sloppiness, chaos, indiscipline, procrastination

quadrant reliability > rigidity > flexibility > unreliability
quadrant punctuality > rigidity > flexibility > unreliability

quality discipline
  forms: disciplined
  synonyms: self-discipline, self-disciplined, sticking to the plan, keeping to routines, regularity, routine, stick to the plan, no excuses, following the protocol, following protocol, following the protocol to the letter, following procedures
  excess: rigidity, compulsiveness, harshness, perfectionism, fanaticism, stubbornness, workaholism, stiffness, humourlessness, stagnation
  opposite-: indiscipline, procrastination, sloppiness, laziness, chaos, inconsistency, complacency

distortion indiscipline
  forms: undisciplined
  synonyms: lack of discipline, no discipline, laxness, lax, laxity, slackness, waywardness, unruly, unruliness, unmanageable, not enough discipline, too little discipline, wayward, lawlessness, ignoring rules, ignoring the rules, breaking the rules, rule breaker, rule-breaking, lawless, taking a break whenever, taking breaks whenever, taking a break whenever they like, whenever they feel like it, coming in whenever they like, rules as optional, treating the rules as optional, the rules are optional, the rules don't apply to them, the rules don't apply, above the rules, above the law
  opposite+: discipline

quadrant discipline > rigidity > flexibility > indiscipline

quality spontaneity
  forms: spontaneous, spontaneously
  synonyms: naturalness, unselfconsciousness, going with the flow, living in the moment, free-spiritedness, free spirit, spontaneousness, uninhibited, go with the flow, being in the moment, being in the here and now
  excess: impulsiveness, chaos, unreliability, sloppiness, recklessness, inconsistency, oversharing, tactlessness, unpreparedness, childishness, aimlessness, fear of commitment, loudness, indiscipline
  opposite-: inhibition, rigidity, stiffness, dullness, bureaucracy, compulsiveness

quality self-control
  forms: self-controlled
  synonyms: self-restraint, willpower, impulse control, self-mastery, keeping yourself in check, emotional control, self-regulation, self-management, restraining yourself, curbing yourself, controlled, restraint, count to ten, counting to ten, bite your tongue, biting your tongue, keep a lid on it, hold your tongue, holding your tongue, keep it together, keeping it together, emotional restraint, emotional self-control, delayed gratification, delaying gratification
  excess: inhibition, stiffness, coldness, aloofness, rigidity, impersonality
  opposite-: impulsiveness, aggressiveness, melodrama, recklessness, panic

distortion inhibition
  forms: inhibited
  synonyms: uptightness, uptight, self-consciousness, self-conscious, holding yourself back, repression, repressed, buttoned-up, stiff upper lip, unexpressive, socially awkward, suppression, suppressed, awkward, awkwardness, lack of spontaneity, bottling things up, bottling it up, bottle it up, can't let your hair down, tongue-tied, bottling up emotions, bottling up your emotions, bottling up feelings, bottling up your feelings, bottling up
  opposite+: spontaneity, expressiveness, courage, playfulness, openness

quadrant spontaneity > impulsiveness > self-control > inhibition
quadrant spontaneity > chaos > orderliness > rigidity

quality perseverance
  forms: persevere, persevering, persevered
  synonyms: persistence, persistent, tenacity, tenacious, staying power, stamina, grit, endurance, not giving up, determination, finishing what you start, finishing things, seeing things through, doggedness, undeterred, go the distance, going the distance, stick at it, sticking at it, push through, pushing through, never give up, never giving up, stay the course, staying the course, keep going, keeping going, hang in there, keep at it, keeping at it, finishing what we start, finishing what we started, seeing it through, dogged, stick-to-itiveness, stickability, sticking power, completing tasks, completing things, getting things finished, finishing tasks, finishing your tasks
  excess: stubbornness, pushiness, fanaticism, rigidity, workaholism, tunnel vision
  opposite-: inconsistency, unreliability, giving up, laziness, half-heartedness, indiscipline, aimlessness

distortion stubbornness
  forms: stubborn, stubbornly
  synonyms: obstinacy, obstinate, pigheadedness, pig-headed, mulishness, intransigence, digging your heels in, headstrong, wilfulness, wilful, willfulness, willful, pigheaded, pig-headedness, mulish, uncompromising, bloody-minded, bloody-mindedness, unyielding, hard-headed, hard-headedness, hardheadedness, self-will, self-willed, obstinateness, won't compromise, never compromises, no compromise, unwilling to compromise, self-willedness, headstrongness, hardheaded, bull-headed, bullheaded, bull-headedness, intractability, intractable, obdurate, obduracy, like talking to a brick wall, won't budge, wouldn't budge, dig your heels in, digging in your heels, never admits he's wrong, never admits she's wrong, never admitting you're wrong, can't admit you're wrong, never changing your mind, never change your mind, never change our minds, never changes his mind
  opposite+: flexibility, open-mindedness, adaptability, letting go, obedience

quality authenticity
  forms: authentic, authentically
  synonyms: genuineness, genuine, being yourself, being true to yourself, realness, staying true to yourself, individuality, sense of self, be yourself, true to yourself, what you see is what you get, speak your truth, speaking your truth, keeping it real, keep it real
  excess: stubbornness, eccentricity, tactlessness, selfishness, individualism
  opposite-: inauthenticity, conformism, people-pleasing, slickness, opportunism, flattery

distortion inauthenticity
  forms: inauthentic, inauthentically
  synonyms: fakeness, fake, phoniness, chameleon, putting on a front, two-facedness, two-faced, insincerity, artificial, artificiality, affectation, pretence, pretense, play-acting, playacting, hypocrisy, hypocritical, hypocrite, lip service, paying lip service, putting on a show, wearing a mask, saying one thing and doing another, say one thing and do another, not walking the talk, losing yourself, losing sight of yourself, losing your identity, losing your own identity, losing touch with yourself, losing your own voice, no longer knowing who you are, window dressing, window-dressing, being phony, phony people, a bit phony, all phony, all smiles to the, all smiles in front of, nice to your face
  opposite+: authenticity, honesty, integrity, conviction

quadrant perseverance > stubbornness > flexibility > inconsistency
quadrant authenticity > stubbornness > flexibility > inauthenticity
quadrant authenticity > stubbornness > adaptability > inauthenticity

quality originality
  forms: original thinker
  synonyms: uniqueness, unconventionality, unconventional, thinking differently, idiosyncrasy, having your own voice, distinctiveness, distinctive, unorthodoxy, unorthodox, one of a kind, fresh ideas, marching to the beat of your own drum, marches to the beat of his own drum, standing out from the crowd, stand out from the crowd
  excess: eccentricity, selfishness, being unrealistic, contrariness, individualism
  opposite-: conformism, unimaginativeness, dullness, provincialism

distortion eccentricity
  forms: eccentric, eccentrically
  synonyms: oddness, weirdness, quirkiness, quirky, oddball, strangeness, outlandishness, outlandish, weird, maverick, wackiness, wacky, zaniness, zany, off the wall
  opposite+: adaptability, team spirit, cooperation, consideration

quadrant originality > eccentricity > adaptability > conformism

quality planning
  forms: planned, planner, planning ahead
  synonyms: preparation, preparedness, prepared, well-prepared, forethought, thinking ahead, organising in advance, structure, anticipating, organising, organizing, time management, managing time, coordination, coordinating, coordinator, think ahead, plan ahead, have a plan B, having a plan B, map it out, mapping it out, set priorities, planning better, plan better, down to the minute, planning everything down to the minute
  excess: rigidity, bureaucracy, compulsiveness, perfectionism
  opposite-: unpreparedness, chaos, reactivity, impulsiveness, recklessness, sloppiness

quality improvisation
  forms: improvise, improvising, improvised, improviser
  synonyms: improvisational skill, thinking on your feet, quick-wittedness, quick-witted, making do, ad-libbing, think on your feet, off the cuff, busk it, busking it, make do
  excess: unpreparedness, chaos, sloppiness, impulsiveness, recklessness
  opposite-: rigidity, bureaucracy, compulsiveness, perfectionism

distortion unpreparedness
  forms: unprepared
  synonyms: winging it, lack of preparation, making it up as you go along, flying by the seat of your pants, ill-preparedness, ill-prepared, last-minute work, making it up as you go, lack of planning, no planning, unplanned, poor planning, bad planning, without a plan, no plan, wing it, caught on the hop, caught off guard, make it up as you go along, without having looked at, without having read, without having prepared, without preparing, without any preparation, not having read the file, turning up unprepared, without looking at the file, never planning ahead, never plan ahead, never plans ahead, not planning ahead
  opposite+: planning, thoroughness, structure, prudence

quadrant planning > rigidity > improvisation > unpreparedness

quality process orientation
  forms: process-oriented, process-driven, process-minded
  synonyms: following procedures, compliance, rule-following, adherence to procedures, procedural discipline, standardisation, standardization, by the book, sticking to the rules, following rules, following the rules, rule-oriented, compliant, playing by the rules, follow the process, following the process, the journey not the destination, follow the rules, follows the rules, sticking to the policy, sticking to policy, following the policy, following policy, regulatory compliance, compliance-minded, compliance mindset, process thinking, process-minded, process thinker, sticking to procedures, following the procedures, process appreciation, appreciating the process, focus on the process, focusing on the process, process focus, process-focused, attention to the process, paying attention to the process
  excess: bureaucracy, rigidity, compulsiveness, nitpicking, impersonality
  opposite-: sloppiness, chaos, indiscipline

quadrant process orientation > bureaucracy > pragmatism > sloppiness

# ---------------------------------------------------------------------------------------------------
# Curiosity, focus and expertise.
# ---------------------------------------------------------------------------------------------------

quality curiosity
  forms: curious, curiously
  synonyms: inquisitiveness, inquisitive, thirst for knowledge, eagerness to learn, love of learning, sense of wonder, wanting to know, eager to learn, desire to learn, hunger to learn, asking questions, learning orientation, learning-oriented, exploration, exploratory, asking why, asking why all the time, hungry to learn, lifelong learner, lifelong learning, asking a lot of questions, asking lots of questions, learning new things, always learning new things, keen to learn new things, willing to learn new things, always willing to learn new things
  excess: lack of focus, intrusiveness, restlessness, superficiality
  opposite-: tunnel vision, indifference, complacency, apathy, provincialism, dogmatism

distortion lack of focus
  forms: scattered, scatterbrained, scatterbrain
  synonyms: distractibility, distractible, easily distracted, all over the place, spreading yourself too thin, butterfly mind, jack of all trades, unfocused, unfocussed, inattentive, inattentiveness, absent-minded, absent-mindedness, forgetful, forgetfulness, distracted, too many ideas, going off on tangents, digressing, spaced out, scatty, ditzy, away with the fairies, scatterbrainedness, distractedness, distraction, feather-brained, featherbrained, spacey, unobservant, losing focus, half-listening, zoning out, starting too many things, jumping from one thing to another, going off track, short attention span, poor focus, unable to focus, unable to concentrate, juggling too many balls, too many irons in the fire, too many plates spinning, jumping from one thing to the next, shiny new toys, chasing shiny objects, bright shiny objects, shiny objects, ten things at once, too many things at once, doing too many things at once, goes off on tangents, going off on a tangent, off on a tangent, spread too thin, stretched too thin, yak shaving, juggling too many things, too many balls in the air, chasing every idea, chasing every new idea, starting things and not finishing them, starting lots of things, starting everything and finishing nothing, starting things without finishing them, wearing too many hats, all over the shop, nothing gets finished, nothing finished, ideas everywhere, scatteredness, starting ten things and finishing none, finishing none, starting lots of things and finishing none, finishing nothing, something shinier, something shinier comes along, the next shiny thing, next shiny thing, shiny new thing
  opposite+: focus, expertise, discipline, structure, perseverance

quality focus
  forms: focused, focussed, focusing, focussing
  synonyms: concentration, prioritising, prioritizing, staying on track, keeping your eye on the ball, sense of priorities, setting priorities, concentrated, prioritisation, prioritization, keep your eye on the ball, eye on the ball, stay on track, in the zone, single-tasking, singletasking, doing one thing at a time, one thing at a time, ability to prioritise, ability to prioritize, good at prioritising, good at prioritizing, being selective, selectivity, choosing what matters, prioritise well, prioritize well, prioritising well
  excess: tunnel vision, stubbornness, workaholism, rigidity, fanaticism
  opposite-: lack of focus, reactivity, chaos, restlessness, aimlessness

distortion tunnel vision
  forms: blinkered
  synonyms: blinkers, wearing blinkers, narrow focus, one-track mind, single-track mind, missing the bigger picture, missing the big picture, not seeing the big picture, losing sight of the big picture, losing the big picture, not seeing the wood for the trees, not seeing the forest for the trees, can't see the wood for the trees, can't see the forest for the trees, hyper-focused, hyperfocused, hyper-focus, hyperfocus, hyperfocusing, losing sight of the bigger picture, missing the forest for the trees, one-sidedness, only looking at the numbers, only looking at the figures, only looking at targets, only looking at call times, only looking at the targets, only looking at the kpis, only looking at kpis, only look at the numbers, only looks at the numbers, only look at the figures, only looks at the figures, only look at call times, only looks at call times, only look at targets, only looks at targets, only look at the targets, only looks at the targets, losing sight of the customer, losing sight of the patient, losing sight of the person, losing sight of people, losing sight of the people, losing sight of the client
  opposite+: curiosity, versatility, responsiveness, open-mindedness

quality versatility
  forms: versatile
  synonyms: all-roundedness, all-rounder, multi-talented, multitalented, multitasking, range of skills, breadth of skills, wearing many hats, wear many hats, spinning plates, spinning lots of plates, keeping all the balls in the air, broad generalist, being a generalist, eclecticism
  excess: lack of focus, superficiality, restlessness, inconsistency, chaos
  opposite-: tunnel vision, rigidity, provincialism

quality expertise
  forms: expert, experts
  synonyms: specialist knowledge, specialism, know-how, depth of knowledge, professional knowledge, subject-matter expertise, mastery, craftsmanship, competence, competent, competency, skilled, skill, proficiency, proficient, knowledge, knowledgeable, well-read, erudite, erudition, capable, capability, adeptness, adept, adroitness, adroit, deftness, deft, expertness, virtuosity, knows their stuff, know your stuff, knowing your stuff, go-to person, tech-savvy, tech savvy, digitally savvy, digital savvy, having a lot of experience, lots of experience, experienced, knowing a lot, know a lot, knows a lot, knowing what's wrong with, knowing everything about, knowing every product, knowing every plant, knowing our products inside out, knowing your products inside out, knowing the rules inside out, fix anything, fixing anything, can fix anything, know the rules inside out, knowing it inside out, knowing the tax rules inside out, technical depth, technical expertise, technical knowledge, technical skill, technical skills, technically strong, technical mastery, deep technical knowledge, domain knowledge, domain expertise
  excess: tunnel vision, arrogance, nitpicking, dogmatism, overcomplication
  opposite-: lack of focus, superficiality, sloppiness

quadrant curiosity > lack of focus > focus > tunnel vision
quadrant versatility > lack of focus > focus > tunnel vision
quadrant expertise > tunnel vision > versatility > lack of focus

# ---------------------------------------------------------------------------------------------------
# Principles, tolerance and standards.
# ---------------------------------------------------------------------------------------------------

quality open-mindedness
  forms: open-minded
  synonyms: broad-mindedness, broad-minded, open to new ideas, an open mind, unprejudiced, without prejudice, receptiveness, cosmopolitan, worldly, worldliness, liberal-mindedness, openness to new ideas, openness to new things, openness to the new, openness to the world, beginner's mind, seeing other perspectives, perspective-taking, perspective taking, seeing other points of view, seeing things from other perspectives, seeing other people's points of view, broadening your horizons, broaden your horizons, widening your horizons, widen your horizons, broadening your view, withholding judgement, withholding judgment, suspending judgment
  excess: spinelessness, aimlessness, indecisiveness, naivety, vagueness, inconsistency, lack of focus
  opposite-: dogmatism, stubbornness, fanaticism, tunnel vision, provincialism, black-and-white thinking, intolerance

distortion spinelessness
  forms: spineless
  synonyms: lack of backbone, no backbone, wishy-washiness, wishy-washy, weak-willed, weathervane, bending with every wind, no opinion of your own, weak, weakness, feeble, gutless, no spine, jellyfish, wimp, wimpy, feebleness, pliable, malleable, limpness, malleability, pliability, giving in, caving in, backing down, limp, easily influenced, easily led, easily swayed, weakling, colourlessness, colorlessness, colourless, colorless, wimpish, wimpishness, bending with the wind, let people walk all over you, walk all over me, walked all over, folding under pressure, fold under pressure, walk all over her, walk all over him, walks all over her, yielding too easily, giving ground too easily, giving way too easily, caving to pressure, caving under pressure, caving too quickly, caves too quickly, caving too easily, rolling over too easily, rolling over at the first push, no opinions of your own, having no opinion of your own, never having an opinion
  opposite+: conviction, firmness, stability

quality conviction
  forms: convictions
  synonyms: principledness, principled, strength of conviction, standing for something, firm beliefs, sticking to your principles, emphatic, emphaticness, stick to your guns, sticking to your guns, strong beliefs, stand for something
  excess: dogmatism, fanaticism, stubbornness, preachiness, pushiness, intolerance, rigidity, defensiveness, arrogance, black-and-white thinking
  opposite-: spinelessness, indecisiveness, opportunism

distortion dogmatism
  forms: dogmatic, dogmatically
  synonyms: closed-mindedness, closed-minded, narrow-mindedness, narrow-minded, my way or the highway, doctrinaire, blinkered thinking, small-minded, small-mindedness, opinionated, opinionatedness, close-minded, fundamentalist, fundamentalism, purist, purism, literal-minded, orthodox, orthodoxy, dogma, dogmas, closed mind, only one right way, there's only one right way
  opposite+: open-mindedness, nuance, pragmatism

quadrant open-mindedness > spinelessness > conviction > dogmatism

quality integrity
  forms: with integrity, having integrity
  synonyms: uprightness, upright, moral compass, probity, rectitude, incorruptibility, incorruptible, honourableness, honourable, honorable, decency, ethics, ethical, moral, morals, morality, high morals, decent, honour, honor, noble, nobility, virtue, virtuous, walking the talk, practising what you preach, practicing what you preach, virtuousness, values-driven, practise what you preach, practice what you preach, walk the talk, do the right thing, doing the right thing, driven by your values, value-driven, led by your values, living your values, strong values, strong moral values, strong principles, strong moral compass, clear values, strong ethics
  excess: preachiness, rigidity, dogmatism, stubbornness, harshness, intolerance, black-and-white thinking
  opposite-: opportunism, manipulation, dishonesty, slickness, unreliability

distortion preachiness
  forms: moralistic, moralising, moralizing, moralise, moralize
  synonyms: self-righteousness, self-righteous, sanctimony, sanctimonious, preachy, holier-than-thou, lecturing, puritanical, censorious, moralising tone, condemning, condemnatory, finger-wagging, puritan, sanctimoniousness, pharisaical, schoolmasterly, schoolmarmish, sermonising, sermonizing, puritanism, righteousness, righteous, sententiousness, sententious, preaching, priggish, priggishness, prig, didactic, wagging your finger, wagging the finger, goody two-shoes, on your high horse, on a high horse, censoriousness, censorious attitude, goody-goody, goody goody, always disapproving, disapproving of everyone, moralism, lecturing people, lecturing others, lecture people, preaching at people
  opposite+: pragmatism

quality pragmatism
  forms: pragmatic, pragmatically, pragmatist
  synonyms: common sense, no-nonsense approach, workable solutions, good enough is good enough, getting it done, good sense, horse sense, good enough, whatever works, done is better than perfect, ship it, shipping before it's perfect, shipping stuff before it's perfect, shipping things before they're perfect, pick your battles, picking your battles, cutting red tape, cutting through red tape, cutting through the red tape, cut through the red tape, choosing your battles, choose your battles, letting small things go, letting the small things go, not sweating the small stuff, don't sweat the small stuff, doesn't have to be perfect, it doesn't have to be perfect, does not have to be perfect, it does not have to be perfect
  excess: opportunism, sloppiness, superficiality, short-termism, quick fixes, jumping to conclusions, half-heartedness, cynicism
  opposite-: preachiness, perfectionism, nitpicking, being unrealistic, bureaucracy, overcomplication, dogmatism

distortion opportunism
  forms: opportunistic, opportunist, opportunistically
  synonyms: unscrupulousness, unscrupulous, expediency, bending the rules, selling out, whatever it takes, the ends justify the means, unprincipled, wheeler-dealer, wheeler-dealing, lack of principles, amorality, amoral, unethical, fair-weather friend, cherry-picking, jumping on the bandwagon, jump on the bandwagon, the end justifies the means, bending rules, bends the rules, working around the system, gaming the system, game the system, games the system, ends-justify-means, ends justify means, ends justify the means, the end justifies the means thinking, ends-justify-the-means, only turn up when, only turns up when, only show up when, only shows up when, only showing up when, only turning up when
  opposite+: integrity, idealism

quadrant integrity > preachiness > pragmatism > opportunism
quadrant idealism > being unrealistic > pragmatism > opportunism

quality tolerance
  forms: tolerant, tolerantly, tolerate
  synonyms: live and let live, acceptance of differences, accepting differences, respect for differences, non-judgemental, non-judgmental, nonjudgmental, each to their own, to each their own, agree to disagree, valuing differences, valuing diversity, celebrating diversity, embracing diversity, embracing differences
  excess: permissiveness, spinelessness, indifference, conformism, conflict avoidance, lack of boundaries
  opposite-: intolerance, preachiness, dogmatism, harshness

distortion permissiveness
  forms: permissive, permissively
  synonyms: anything goes, letting things slide, turning a blind eye, looking the other way, condoning, laissez-faire attitude, softness, indulgent, overindulgent, too lenient, spoiling, spoilt, spoiled, pampering, pampered, overtolerant, over-tolerant, let people get away with it, letting people get away with it, letting people get away with murder, no rules, lets everyone do what they want, letting everyone do what they want, letting the class run riot, letting them run riot, enabling behaviour, enabling behavior, low expectations, lowering standards, lowering your standards, getting away with everything, get away with everything, getting away with anything, get away with anything, lowering the bar, lower the bar, lowers the bar, lowering expectations, lowering the standard, setting the bar low, setting the bar too low, letting everything slide, let everything slide, letting them do whatever they want, letting people do whatever they want, letting the kids do whatever they want, letting children do whatever they want, letting everyone do whatever they want, running wild, letting them run wild, letting the kids run wild, running riot, letting the class do whatever they want, letting the class do what they want, letting the pupils do whatever they want, letting the students do whatever they want, letting the kids do what they want, everyone gets a permit, anyone gets a permit, handing out permits to anyone, permits to anyone who asks, to anyone who asks for one, giving in to every, giving in to tantrums, giving them whatever they want, giving the kids whatever they want, letting them get away, letting them get away with it, do whatever they like, letting the kids do whatever they like, letting them do whatever they like, letting them do what they like, letting everyone do what they like, letting everyone do whatever they like, letting them get away with too much, letting people get away with things, letting people get away with too much, getting away with too much, letting the kids get away with it, letting the kids get away with too much, letting kids get away with things, letting the children get away with it, letting pupils get away with it
  opposite+: strictness, accountability, setting boundaries

distortion intolerance
  forms: intolerant, intolerantly
  synonyms: judgementalness, judgemental, judgmental, prejudice, prejudiced, bigotry, bigoted, judgmentalism, judgementalism, xenophobia, chauvinism, chauvinistic, biased, bias, judging, judging others, quick to condemn, low tolerance, passing judgement, passing judgment
  opposite+: tolerance, leniency

quality strictness
  forms: strict
  synonyms: sternness, stern, enforcing the rules, keeping a tight rein, tight rein, no-nonsense attitude, stringency, stringent, running a tight ship, run a tight ship, zero tolerance
  excess: harshness, intolerance, rigidity, preachiness, bossiness, nitpicking, blaming, bureaucracy, demandingness
  opposite-: permissiveness, indiscipline, sloppiness, softness

quality leniency
  forms: lenient, leniently
  synonyms: forgiveness, magnanimity, magnanimous, mildness of judgement, benefit of the doubt, cut people some slack, cutting people some slack, give people a break, giving people a break
  excess: permissiveness, softness, spinelessness, naivety, indiscipline, conflict avoidance, people-pleasing, inconsistency
  opposite-: harshness, intolerance, blaming, preachiness, rigidity

quadrant leniency > permissiveness > strictness > harshness
quadrant tolerance > permissiveness > strictness > intolerance

quality supportiveness
  forms: supportive, supportively
  synonyms: backing, being there for people, standing behind people, having people's backs, a supportive attitude, giving support, have someone's back, having someone's back, got your back, be there for people, in your corner, shoulder to cry on, scaffolding, helping each other out, help each other out, being there for each other, there for each other, looking out for each other, having each other's backs, got each other's backs
  excess: smothering, over-involvement, meddling, people-pleasing, softness, permissiveness, self-sacrifice
  opposite-: demandingness, harshness, indifference, neglect

quality high standards
  forms: high standard, exacting
  synonyms: striving for excellence, excellence, quality standards, setting the bar high, raising the bar, exactingness, challenging, challenging people, stretching people, raise the bar, set the bar high, only the best, high expectations, expects a lot, expecting a lot, raising standards, raising the standard, raise the standard, raise standards, insisting on the highest standards, insist on the highest standards, maximizer, maximiser
  excess: demandingness, perfectionism, nitpicking, harshness, rigidity, blaming
  opposite-: complacency, smothering, sloppiness, laziness, indiscipline

distortion demandingness
  forms: demanding, over-demanding, overdemanding
  synonyms: excessive demands, unreasonable expectations, never satisfied, impossible to please, hard to please, slave-driving, slave driver, high-maintenance, taskmaster, hard taskmaster, expecting too much, setting the bar too high, impossible standards, expects too much, expecting too much of people, hard-driving, hard driving, putting pressure on people, putting pressure on students, putting pressure on pupils, putting pressure on staff, putting pressure on the team, putting people under pressure, putting students under pressure, pressuring people, pressurising people, pressurizing people, piling on the pressure, pile on the pressure, putting too much pressure on people
  opposite+: supportiveness, acceptance, patience, leniency, appreciation

quality acceptance
  forms: accepting, acceptingness
  synonyms: taking things as they come, letting things be, making peace with things, being at peace with what is, non-resistance, accept things as they are, accepting things as they are, it is what it is, make peace with it, making peace with it, allowing mistakes, allowing yourself mistakes, allowing yourself to make mistakes, permission to fail, giving yourself permission to fail, it's ok to make mistakes, being less critical, less critical, embracing imperfection, accepting imperfections, embracing imperfections
  excess: complacency, passivity, permissiveness, indifference, giving up, apathy
  opposite-: demandingness, perfectionism, intolerance, nitpicking, preachiness

quadrant supportiveness > smothering > high standards > demandingness
quadrant high standards > demandingness > acceptance > complacency

# ---------------------------------------------------------------------------------------------------
# Humour, lightness and seriousness.
# ---------------------------------------------------------------------------------------------------

quality humour
  forms: humor, humorous, humorously, funny
  synonyms: sense of humour, sense of humor, wittiness, witty, making people laugh, comic touch, wit, jocularity, jocular, waggish, lightening the mood, having a laugh
  excess: flippancy, sarcasm, childishness, superficiality, cynicism, tactlessness
  opposite-: humourlessness, pessimism, stiffness, dullness

distortion flippancy
  forms: flippant, flippantly
  synonyms: frivolity, frivolous, facetiousness, facetious, joking about everything, not taking things seriously, making light of everything, jokey, joking, always joking, joker, frivolousness, giddy, giddiness, lack of seriousness, levity, wisecracking, not taking anything seriously, making a joke of everything, makes a joke of everything, not taking it seriously, don't take it seriously, doesn't take it seriously, don't take things seriously, doesn't take anything seriously, laughing it off, laughing everything off, irreverence, irreverent, irreverently, joking too much, joking around
  opposite+: seriousness, conscientiousness, dedication, respect

quality seriousness
  forms: serious
  synonyms: earnestness, earnest, sobriety, taking things seriously, gravity
  excess: humourlessness, pessimism, stiffness, dullness, brooding, rigidity
  opposite-: flippancy, childishness, superficiality, sarcasm

distortion humourlessness
  forms: humourless, humorless, humorlessness
  synonyms: grimness, grim, dourness, dour, solemnity, no sense of humour, no sense of humor, po-faced, grumpiness, grumpy, grouchy, grouch, cantankerous, curmudgeonly, crabby, cranky, sour, glum, joyless, cheerless, joylessness, grouchiness, crankiness, crabbiness, surliness, overserious, over-serious, ill-humored, ill-humoured, cantankerousness, solemn, lack of humour, lack of humor, no humour, surly, can't take a joke, can't take a joke
  opposite+: humour, playfulness, light-heartedness

quality playfulness
  forms: playful, playfully
  synonyms: sense of fun, love of fun, fun-loving, whimsy, impishness, lightness of touch, having fun, fun, enjoyment, enjoying life, childlike, enjoying, impish, puckish
  excess: childishness, flippancy, superficiality, unreliability, eccentricity, chaos, indiscipline
  opposite-: humourlessness, stiffness, dullness, pessimism

distortion childishness
  forms: childish, childishly
  synonyms: immaturity, immature, puerility, puerile, silliness, silly, clowning around, messing about, messing around, playing the fool, clowning, clown, goofy, infantile, juvenile, adolescent, brat, bratty, mischievous, mischievousness, prankster, clownishness, clownish, class clown, playing the clown, sophomoric, throwing your toys out of the pram, throwing toys out of the pram, spitting the dummy, babyish
  opposite+: seriousness, responsibility, self-control

quality cheerfulness
  forms: cheerful, cheerfully
  synonyms: good cheer, sunny disposition, sunniness, joyfulness, joyful, cheeriness, cheery, jolliness, joy, joie de vivre, zest for life, sunny, bubbly, merriness, merry, gaiety, buoyancy, buoyant, jollity, jolly, joviality, jovial, good-humored, good-humoured, happiness, bon vivant, perkiness, perky, joyousness, joyous, always smiling, ray of sunshine, lifting the mood, lifts the mood, lift the mood, lifting spirits, lifting people's spirits, lifting the team's spirits, mood lifter, lightening the mood, lighten the mood, a good atmosphere in the team, good atmosphere in the team, good atmosphere in our team, a great atmosphere in the team
  excess: flippancy, toxic positivity, superficiality, naivety, childishness
  opposite-: pessimism, negativity, brooding, humourlessness

quadrant humour > flippancy > seriousness > humourlessness
quadrant playfulness > childishness > seriousness > humourlessness
quadrant cheerfulness > flippancy > seriousness > pessimism

quality light-heartedness
  forms: light-hearted, light-heartedly, lightheartedness, lighthearted
  synonyms: carefreeness, carefree, lightness, breeziness, breezy, easygoingness, easygoing, easy-going, happy-go-lucky, light-footedness, lightening up, lighten up, worrying less, worry less
  excess: flippancy, sloppiness, superficiality, childishness, naivety, unpreparedness, unreliability, recklessness
  opposite-: worrying, humourlessness, brooding, pessimism, stiffness

distortion worrying
  forms: worry, worries, worried, worrier
  synonyms: anxiety, anxiousness, anxious, fretting, fretfulness, over-concern, overconcern, sleepless nights, catastrophising, catastrophizing, nervous, nervousness, neurotic, tension, overanxiousness, overanxious, over-anxious, doom thinking, catastrophic thinking, tenseness, fretful, neuroticism, neurosis, worrywart, worry-wart, hypochondria, hypochondriac, concern, concerned, apprehensiveness, apprehensive, uneasiness, uneasy, losing sleep over it, lose sleep over it
  opposite+: light-heartedness, courage

quality conscientiousness
  forms: conscientious, conscientiously
  synonyms: dutifulness, dutiful, scrupulousness, scrupulous, doing things properly, wanting things done properly, want things done properly, doing things by the rules, doing it right first time, right first time, getting it right first time, doing things right first time, doing it right, doing things right, do it right, do things right, with care, working with care, work with care, taking more care, take more care
  excess: worrying, perfectionism, rigidity, compulsiveness, nitpicking, slowness, over-responsibility, humourlessness, bureaucracy, indecisiveness, risk aversion
  opposite-: sloppiness, laziness, indiscipline, unreliability, superficiality

quality depth
  forms: deep, profound, profundity
  synonyms: deep thinking, deep thinker, getting to the bottom of things, intellectual depth, seriousness of thought, thinker, philosophical, get to the bottom of it
  excess: brooding, pessimism, overcomplication, worrying, overthinking
  opposite-: superficiality, flippancy

distortion brooding
  forms: brood, broods, broody, broodiness
  synonyms: rumination, ruminating, heaviness, dwelling on things, navel-gazing, making everything heavy, ponderousness, ponderous, heavy-going, weightiness, heavy, dwelling on mistakes, stewing, stewing on it, dwelling on setbacks, dwelling on failure, dwelling on failures, dwelling on the past, dwelling on problems, dwelling on it, dwell on things, ruminate, mulling over setbacks, stewing on setbacks
  opposite+: light-heartedness

quadrant conscientiousness > worrying > light-heartedness > sloppiness
quadrant depth > brooding > light-heartedness > superficiality

# ---------------------------------------------------------------------------------------------------
# Risk, money and caution (finance).
# ---------------------------------------------------------------------------------------------------

quality courage
  forms: courageous, courageously, bolder
  synonyms: bravery, brave, boldness, bold, daring, valour, valor, fearlessness, fearless, audacity, heroism, audacious, guts, gutsy, pluck, intrepid, intrepidity, gutsiness, audaciousness, unflinching, undaunted, lionhearted, lion-hearted, dauntlessness, dauntless, pluckiness, plucky, unafraid, valorous, valiant, stick your neck out, sticking your neck out, bite the bullet, biting the bullet, grasp the nettle, grasping the nettle, take the bull by the horns, taking the bull by the horns, take the plunge, taking the plunge, face your fears, facing your fears, go out on a limb, going out on a limb, putting your head above the parapet, put your head above the parapet, speak truth to power, speaking truth to power, having difficult conversations, having the difficult conversation, having the difficult conversations, having tough conversations, having the tough conversations, courageous conversations, calling out bad behaviour, calling out bad behavior, whistleblowing, whistleblower, calling it out, calling things out, call it out, holding difficult conversations, chutzpah, daring to make mistakes, dare to make mistakes, moxie, spunk, spunky, mettle, having hard conversations, having the hard conversation, have the hard conversation, have the difficult conversation, risk-taking, willingness to take risks, taking risks
  excess: recklessness, impulsiveness, arrogance, showing off
  opposite-: cowardice, risk aversion, meekness, self-doubt, indecisiveness, worrying

distortion recklessness
  forms: reckless, recklessly
  synonyms: rashness, rash, foolhardiness, foolhardy, daredevilry, daredevil, taking unnecessary risks, gambling, heedlessness, heedless, cavalier, devil-may-care, cowboy, cowboy attitude, imprudent, imprudence, incautious, temerity, thrill-seeking, sensation-seeking, risk-seeking, gambler, loose cannon, thrill seeker, adrenaline junkie, hare-brained, harebrained, audacity, audacious, injudiciousness, injudicious, throw caution to the wind, throwing caution to the wind, move fast and break things, playing with fire, bet the farm, betting the farm, betting the house, playing with other people's money, breaking things, breaking stuff, stupid risks, taking stupid risks, unnecessary risks, without testing, without testing it, without any testing, straight to production, straight into production, skipping the tests, skipping testing, cutting corners on safety, cutting corners on the safety checks, skipping the safety checks, without waiting for backup, going in without backup, without backup, blocking the fire exit, blocking fire exits, blocking the emergency exit, blocking the exits, tearing around, like a maniac, like maniacs
  opposite+: caution, prudence, safety awareness, moderation

quality caution
  forms: cautiously, risk-aware, risk aware, risk-conscious, risk conscious
  synonyms: cautious, cautiousness, careful, wariness, wary, circumspection, circumspect, risk awareness, looking before you leap, prudence, carefulness, belt and braces, belt and suspenders, play it safe, better safe than sorry, test the water, testing the water, look before you leap, risk management, conservative estimates
  excess: cowardice, risk aversion, worrying, indecisiveness, slowness, inhibition, suspicion, passivity, procrastination, stagnation
  opposite-: recklessness, impulsiveness, haste, jumping to conclusions

distortion cowardice
  forms: cowardly, coward
  synonyms: fearfulness, fearful, faint-heartedness, faint-hearted, lack of courage, chickening out, gutlessness, fear, timorous, chicken, cowardliness, faintheartedness, pusillanimity, fainthearted, craven, cravenness, timorousness, scaredy-cat, timidity, timid, no courage, pusillanimous, running away, bottle it, bottled it, lose your nerve, losing your nerve, hiding behind others, hide behind others, ducking out, lily-livered, yellow-bellied
  opposite+: courage, assertiveness, conviction, initiative

quadrant courage > recklessness > caution > cowardice

quality prudence
  forms: prudent, prudently
  synonyms: sound judgement, sound judgment, good judgement, good judgment, sensibleness, sensible, judiciousness, judicious, financial prudence, provident, measure twice cut once, think twice, thinking twice
  excess: risk aversion, cowardice, indecisiveness, slowness, worrying, stinginess
  opposite-: recklessness, wastefulness, impulsiveness, haste

quality adventurousness
  forms: adventurous, adventurously
  synonyms: spirit of adventure, sense of adventure, love of adventure, seeking the unknown, venturing into the unknown, adventure, venturesome, step out of your comfort zone, stepping out of your comfort zone, try anything once, up for anything, leaving your comfort zone, leave your comfort zone, getting out of your comfort zone, get out of your comfort zone, stretching yourself, stretch yourself
  excess: recklessness, restlessness, impulsiveness, fear of commitment
  opposite-: risk aversion, cowardice, dullness

distortion risk aversion
  forms: risk-averse
  synonyms: overcaution, overcautious, over-cautious, playing it safe, fear of risk, excessive caution, afraid of making mistakes, fear of making mistakes, fear of failure, unadventurous, need for certainty, need for security, security-seeking, cautiousness, cautious, not taking risks, afraid to fail, afraid of failure, afraid of failing, avoiding risk, avoiding risks, risk avoidance, never taking a risk, never take risks, scared of getting it wrong, afraid of getting it wrong, overcautiousness, over-cautiousness, don't take risks, never taking risks, afraid of mistakes, scared to fail, scared of failing, playing safe, always playing safe
  opposite+: entrepreneurship, courage, experimentation

quality entrepreneurship
  forms: entrepreneurial, entrepreneur
  synonyms: enterprising, entrepreneurial spirit, venturesomeness, spotting opportunities, enterprisingness, risk-taker, seizing opportunities, spot an opportunity, taking more risks, taking a few more risks, risk appetite, healthy risk appetite, appetite for risk
  excess: recklessness, opportunism, restlessness, impulsiveness, greed
  opposite-: risk aversion, bureaucracy, passivity, stagnation, cowardice

quality experimentation
  forms: experimental, experiment, experimenting
  synonyms: trial and error, willingness to experiment, trying things out, exploring, test and learn, tinkering, trying new things, trying things, fail fast, failing fast, try new things, try things out, give it a go, giving it a go, suck it and see, tinkerer, iterative approach, iterating quickly, rapid prototyping, learning by doing, learn by doing
  excess: recklessness, chaos, impulsiveness, inconsistency
  opposite-: risk aversion, stagnation, rigidity, bureaucracy

quality safety awareness
  forms: safety-aware, safety-conscious, safety consciousness
  synonyms: safety first, safety mindset, safety culture, risk-consciousness, working safely, safety, security, security-minded, risk assessment, never cutting corners on safety, corners on safety, safety comes first, wearing hard hats, wearing your hard hats, wearing ppe
  excess: risk aversion, bureaucracy, worrying, rigidity, smothering
  opposite-: recklessness, sloppiness, impulsiveness, neglect

quadrant prudence > risk aversion > entrepreneurship > recklessness
quadrant experimentation > recklessness > caution > risk aversion
quadrant safety awareness > risk aversion > courage > recklessness

quality thrift
  forms: thrifty, thriftily, thriftiness
  synonyms: frugality, frugal, economical, cost-consciousness, cost-conscious, cost awareness, careful with money, budget-consciousness, financial discipline, cost-mindedness, cost-minded, austerity, austere, sober with money, economy, save for a rainy day, saving for a rainy day, value for money, watching the pennies, watch the pennies, cost-cutting, sticking to budget, sticking to the budget, cost control, watching costs, saves every penny, saving every penny, every penny counts, budget-conscious, money-conscious, good with money, managing money well, on budget, within budget, staying within budget, finishing on budget, under budget
  excess: stinginess
  opposite-: wastefulness

distortion stinginess
  forms: stingy, stingily
  synonyms: miserliness, miserly, tight-fistedness, tight-fisted, penny-pinching, cheapskate, parsimony, mean with money, cheap, scrooge, hoarding, hoarder, ungenerous, parsimonious, tightfistedness, tightfisted, penny pincher, penny-pincher, niggardliness, niggardly, penny wise pound foolish, penny wise and pound foolish, never gives praise, stingy with praise, won't spend a penny, tight with money, tight with the budget, tightwad, meanness with money, being mean with money, meanness
  opposite+: generosity, selflessness

quality generosity
  forms: generous, generously
  synonyms: open-handedness, open-handed, liberality, largesse, giving nature, munificence, charitableness, charity, charitable, beneficence, giving person, giving back, philanthropy, philanthropic, philanthropist, investing, willing to invest, willingness to invest, investing in people, investing in quality, investing where it counts, investing where it matters, daring to invest, dare to invest, investment-minded
  excess: wastefulness, self-sacrifice, naivety, people-pleasing, lack of boundaries
  opposite-: stinginess, greed, selfishness, careerism

distortion wastefulness
  forms: wasteful, wastefully, waste
  synonyms: extravagance, extravagant, profligacy, profligate, squandering, prodigality, spendthrift, overspending, lavish, lavishness, intemperance, immoderate, splurging, decadent, decadence, immoderation, money to burn, throwing money at it, throwing money at problems, splashing out, blowing the budget, spends money like water, spending money like water, spending like there's no tomorrow, spend like there's no tomorrow, spending too much
  opposite+: thrift, prudence

quadrant thrift > stinginess > generosity > wastefulness

# ---------------------------------------------------------------------------------------------------
# Confidence and modesty.
# ---------------------------------------------------------------------------------------------------

quality modesty
  forms: modest, modestly
  synonyms: humility, unpretentiousness, unpretentious, staying in the background, not blowing your own trumpet, unassuming, self-deprecating humour, letting others shine, sharing credit, understated, no airs and graces, sharing the credit, share the credit, taking a back seat, take a back seat, giving others credit, giving others the credit, sharing the spotlight, sharing the limelight, giving others the stage, giving others the spotlight, letting others take the credit
  excess: selling yourself short, self-doubt, meekness, self-sacrifice, inhibition
  opposite-: arrogance, showing off, bossiness

quality humility
  forms: humble, humbly, humbleness
  synonyms: modesty, lack of pretension, knowing your limitations, egolessness, saying sorry, apologising, apologizing, know what you don't know, knowing what you don't know, no ego, admitting you're wrong, admit you're wrong, admit when you're wrong, admitting when you're wrong, not-knowing stance, daring not to know, comfortable with not knowing, being comfortable not knowing, saying you don't know, admitting you don't know, admitting you don't know everything, admitting when I'm wrong, admit when I'm wrong, admitting I was wrong, admitting you were wrong, ego-less, egoless, lack of ego, without ego, low ego, checking your ego, check your ego, leaving your ego at the door, leave your ego at the door
  excess: selling yourself short, self-doubt, meekness, self-sacrifice, inhibition
  opposite-: arrogance, showing off, bossiness, preachiness

distortion selling yourself short
  forms: self-effacing
  synonyms: invisibility, invisible, false modesty, self-deprecation, self-deprecating, hiding your light under a bushel, making yourself small, wallflower, grey mouse, mousy, mousey, underselling yourself, playing small, self-loathing, self-hatred, self-abasement, self-abasing, apologetic, overapologetic, over-apologetic, flying under the radar, keeping your head down, shrinking violet, putting yourself down, put yourself down, playing yourself down, saying sorry all the time, apologising all the time, apologizing all the time, always apologising, always apologizing, too modest, overly modest, hiding in the background, fading into the background, blandness, bland, lacking presence, self-effacement
  opposite+: self-confidence, charisma, authority

quality self-confidence
  forms: self-confident, self-confidently
  synonyms: confidence, confident, self-assurance, self-assured, self-belief, believing in yourself, self-esteem, self-worth, sureness, self-sureness, showing yourself, profiling yourself, putting yourself forward, self-presentation, presenting yourself, making yourself visible, being visible, believe in yourself, back yourself, backing yourself, own the room, showing what you can do, showing what you're capable of, showing your abilities, showing your strengths, showing your skills, showcasing your skills, showcasing your strengths, showcasing yourself, showing what we can do, showing what we're capable of, showing what they can do, showing the world what you can do, quiet confidence, quietly confident, calm confidence, being more visible, make yourself visible, showing yourself more, selling yourself, sell yourself, marketing yourself, market yourself, making your achievements visible, showcasing your achievements, claiming credit, claiming credit for your work, taking credit for your work, putting yourself in the spotlight, visibility, present oneself, self-promotion, promoting yourself, self-marketing
  excess: arrogance, bossiness, stubbornness, showing off, recklessness, unpreparedness, loudness, selfishness, complacency
  opposite-: selling yourself short, self-doubt, meekness, self-sacrifice, inhibition, obsequiousness

distortion arrogance
  forms: arrogant, arrogantly
  synonyms: conceit, conceited, haughtiness, haughty, superiority, know-it-all, know-it-all attitude, big-headedness, big-headed, smugness, smug, cockiness, cocky, hubris, overconfidence, egotism, always wanting to be right, always having to be right, needing to be right, know-it-allness, self-important, self-importance, condescending, condescension, condescend, superior attitude, snobbish, snobbishness, snobbery, snob, elitism, elitist, narcissism, narcissistic, narcissist, megalomania, megalomaniac, dismissive, dismissiveness, disdain, disdainful, contempt, contemptuous, scornful, belittling, belittle, demeaning, having to be right, always right, always knowing better, knowing better, knows better, know better, smart aleck, smart-alecky, entitled, entitlement, self-obsessed, pompousness, immodest, immodesty, know-all, snooty, snootiness, supercilious, superciliousness, loftiness, conceitedness, presumptuous, presumption, presumptuousness, knowing everything, having an opinion about everything, always knowing best, always having an answer, having all the answers, need to be right, sneering, sneer, ego, big ego, wanting to be right, smart-arse, smartass, smart-ass, wise guy, wiseguy, grandiosity, prima donna, god complex, lack of modesty, lack of humility, bumptiousness, bumptious, overweening, uppity, pride, prideful, pridefulness, superiority complex, acting superior, feeling superior, proud, bigheaded, toffee-nosed, stuck-up, lofty, talking down to people, talking down to others, having the last word, needing the last word, winning arguments, smart-alec, diva, playing god, full of yourself, full of himself, full of herself, looking down on people, look down on people, high and mighty, too big for your boots, too big for his boots, always has to be right, has to be right, needs to be right, always knows best, thinks he knows best, thinks she knows best, knows better than everyone, egomaniac, know-it-alls, know-alls, think we know best, thinking we know best, mansplaining, mansplain, like servants, like a servant, like dirt, like second-class citizens, like something on their shoe, rolling your eyes, rolling your eyes at, eye-rolling, eye rolling, looking down on, feel stupid for asking, making people feel stupid, making you feel stupid, making them feel stupid, making patients feel stupid, making parents feel stupid, making people feel small, making customers feel small, making you feel small
  opposite+: modesty, humility, self-criticism, openness to feedback, selflessness

quality self-criticism
  forms: self-critical, self-critically
  synonyms: self-examination, self-scrutiny, learning from mistakes, questioning yourself, critical self-reflection, admitting mistakes, admitting your mistakes, looking in the mirror, self-questioning
  excess: self-doubt, worrying, perfectionism, brooding, selling yourself short
  opposite-: arrogance, complacency, showing off

quality openness to feedback
  forms: open to feedback, receptive to feedback
  synonyms: coachability, coachable, teachability, teachable, willingness to learn, learning attitude, welcoming criticism, growth mindset, asking for feedback, receiving feedback, taking feedback, taking criticism, accepting criticism, open to criticism, take feedback on board, taking feedback on board, ask for feedback, take it on the chin, taking it on the chin, willing to learn, seeking feedback, accepting feedback, welcoming feedback, open to feedback, receptiveness to feedback, receptive to criticism, open to correction, welcoming challenge, welcoming challenges, inviting challenge, inviting challenges, making room for dissent, welcoming dissent, welcoming different opinions, self-improvement, self-development, personal growth, personal development, working on yourself
  excess: self-doubt, spinelessness, people-pleasing
  opposite-: arrogance, stubbornness, dogmatism

distortion defensiveness
  forms: defensive, defensively
  synonyms: getting defensive, can't take criticism, cannot take criticism, unable to take criticism, not open to feedback, always justifying yourself, self-justification, self-justifying, covering your back, covering yourself, covering your ass, arse-covering, cover your back, covering your backside, cover your backside, covering your arse, cover your arse, CYA, shooting the messenger, shoot the messenger, shoots the messenger, never admitting a mistake, never admit a mistake, never admitting mistakes, never admit mistakes, never admitting they're wrong, never admit they're wrong, can't admit a mistake, never owning up, never own up, never admits a mistake, never admits mistakes, never owns up
  opposite+: openness to feedback, receptiveness, self-criticism

distortion self-doubt
  forms: self-doubting, doubting yourself
  synonyms: insecurity, insecure, lack of confidence, lack of self-confidence, low self-esteem, imposter syndrome, impostor syndrome, second-guessing yourself, diffidence, diffident, shyness, shy, bashfulness, bashful, inferiority complex, feeling inferior, unconfident, unsure of yourself, uncertainty, uncertain, self-distrust, self-reproach, self-blame, blaming yourself, under-confident, underconfidence, lack of self-esteem, lack of self-respect, feelings of inferiority, second-guessing, low self-confidence, low confidence, low self-worth, lack of self-belief, fear of rejection, afraid of rejection, inner critic, harsh inner critic, loud inner critic, harsh self-criticism, excessive self-criticism, self-flagellation, self-blaming, self-blamer, self-accusation, self-accusing, self-recrimination, self-condemnation, self-condemning
  opposite+: self-confidence

quadrant modesty > selling yourself short > self-confidence > arrogance
quadrant humility > selling yourself short > self-confidence > arrogance
quadrant self-confidence > arrogance > self-criticism > self-doubt
quadrant openness to feedback > self-doubt > self-confidence > arrogance

# ---------------------------------------------------------------------------------------------------
# Precision work: engineering, finance, quality.
# ---------------------------------------------------------------------------------------------------

quality precision
  forms: precise
  synonyms: accuracy, exactness, exact, attention to detail, eye for detail, detail orientation, detail-oriented, sense of detail, detail-driven, detail-conscious, punctiliousness, punctilious, to the letter, spot on, detail-focused, detail-focussed, detail focus, getting into the details, getting into the detail, going into detail, going into the details, diving into the details, diving into the detail, preciseness, hardly ever make mistakes, hardly ever making mistakes, rarely making mistakes, rarely make mistakes, never making mistakes, never make mistakes
  excess: perfectionism, nitpicking, slowness, rigidity, compulsiveness, tunnel vision
  opposite-: sloppiness, superficiality, haste, chaos, indiscipline

quality accuracy
  forms: accurate, accurately
  synonyms: precision, correctness, exactitude, error-free work, getting it right, faultlessness, faultless, accurateness, doing it right the first time, right the first time
  excess: nitpicking, perfectionism, slowness, compulsiveness, rigidity
  opposite-: sloppiness, haste, superficiality

distortion nitpicking
  forms: nitpick, nitpicks, nitpicker, nitpicky, nit-picking
  synonyms: pettiness, petty, fussiness, fussy, hair-splitting, hairsplitting, pedantry, pedantic, splitting hairs, quibbling, obsessing over details, overcritical, hypercritical, finicky, pernickety, persnickety, picky, anal, anal-retentive, faultfinding, carping, stickler, stickler for rules, criticising, criticizing, pedanticism, niggling, nit-pickiness, captious, captiousness, fastidiousness, fastidious, choosiness, pernicketiness, bean-counting, pedant, critical, faultfinder, fault-finder, bean counter, finickiness, fusspot, criticism, lost in the details, lost in details, getting lost in details, getting lost in the details, losing yourself in details, losing yourself in the details, lose yourself in details, bogged down in detail, bogged down in details, getting bogged down in details, stuck in details, stuck in the details, detail-obsessed, obsessed with detail, obsessed with details, too much detail, overly detailed, too critical, sweat the small stuff, sweating the small stuff, fussing over details, bikeshedding, picking holes, picking holes in everything, picks holes in everything, obsessing over every detail, obsessing over every little detail, obsessing over the small stuff, over-critical, overly critical, too detailed, too detail-oriented, too much attention to detail, over-detailed, overdetailed, everything in red, marking everything in red
  opposite+: flexibility, pragmatism, big-picture thinking

distortion perfectionism
  forms: perfectionist, perfectionistic
  synonyms: never good enough, gold-plating, gold-plate, gold-plating everything, over-engineering, overengineering, polishing endlessly, fear of mistakes, nitpicking, hard on yourself, being hard on yourself, too hard on yourself, beating yourself up, it has to be perfect, everything has to be perfect, polishing forever, the perfect is the enemy of the good, nothing is ever good enough, redoes everything, redoing everything, redo everything, premature optimisation, premature optimization, polishing everything, polish everything, over-engineered, overengineered, double-checking everything, triple-checking everything, checking and double-checking, dotting every i, crossing every t, dotting every i and crossing every t, dotting the i's and crossing the t's, never shipping, never ships, never finishing, never getting finished, never getting anything finished, never being finished, never ready to ship, never ready to let it go, checking and rechecking, checking things over and over, checking things that were already fine, never satisfied with your own work, never happy with your own work, keep checking things, keeps checking things, keep polishing, keeps polishing, polishing it again and again, endless polishing, never finished, never quite finished, not knowing when to stop, not knowing when it's done, not knowing when it is good enough, always one more tweak, rechecking, recheck and recheck, keep double-checking, keeps double-checking, checking everything three times, check everything three times, a design nobody uses, designs nobody uses, features nobody uses, features nobody asked for, spending months on a design, spending six months on a design, spending months designing, rewriting everything from scratch, rewriting everything, from scratch every time, can never leave a problem alone, never leave a problem alone, can't leave a problem alone, can't leave it alone, can't leave things alone, never leaving things alone
  opposite+: pragmatism, acceptance, relaxation

distortion incompetence
  forms: incompetent
  synonyms: ineptitude, inept, ineptness, ignorance, ignorant, clueless, cluelessness, amateurism, amateurish, not having a clue, having no clue, not knowing what you're doing, not knowing what they're doing, out of your depth, haven't got a clue, havent got a clue, hasn't got a clue, don't have a clue, no clue what they're doing, no idea what they're doing
  opposite+: expertise, craftsmanship

distortion sloppiness
  forms: sloppy, sloppily
  synonyms: carelessness, careless, slovenliness, slapdash, negligence, negligent, cutting corners, shoddiness, shoddy, slipshod, inaccuracy, inaccurate, nonchalance, nonchalant, unprofessional, unprofessionalism, imprecise, imprecision, quick and dirty, scruffy, scruffiness, slovenly, corner-cutting, amateurism, amateurishness, amateurish, lack of precision, lack of accuracy, lack of quality, taking shortcuts, poor attention to detail, missing details, inattention to detail, cut corners, that'll do, cuts corners, messiness, messy, lack of attention to detail, no attention to detail, lack of rigour, lack of rigor, making a mess of, make a mess of, makes a mess of, messing things up, mess things up, taking short-cuts, without reading, stamping things through, not checking anything, don't check anything, doesn't check anything, never checking anything, never check anything, checking nothing, waving it through, waving things through, waving everything through, waving payments through, waving invoices through, waving claims through, without even looking, without looking properly, leaving things half done, leaving it half done, leaving everything half done, leaving work half done, leaving things half finished, leaving things half-done, leaving it half-done, doing half a job, in a mess, leaving a mess, leaving a mess behind, just dumping, dumping the parcel, dumping parcels, just dump, just dumps, never documenting anything, no documentation, never write documentation, never writing documentation, never writes documentation, never write any documentation, without checking anything, without double-checking, without even checking, signing off without checking, approving without checking, signing without checking, never filling in the paperwork, never fill in the paperwork, never fills in the paperwork, never doing anything properly, never do anything properly, never does anything properly, never doing things properly, never do things properly, not doing things properly, not doing it properly, never doing it properly, never do it properly, never does it properly, the paperwork properly, forgetting half the, forgets half the, forget half the, getting orders wrong, getting the order wrong, forgetting half the order, forget half the order, forgets half the order, forgetting half the orders, lying around, leave everything lying around, leaving things lying around, leave their stuff lying around, leaving stuff lying around, bodge, bodge it, bodged
  opposite+: accuracy, precision, thoroughness, conscientiousness, craftsmanship, process orientation

distortion superficiality
  forms: superficial, superficially
  synonyms: shallowness, shallow, skimming the surface, lack of depth, half-baked, surface-level, glossing over details, unreflective, vacuous, vacuity, mindless, mindlessness, no depth, vapidness, vapidity, dilettantism, dilettante, facile, facileness, scratching the surface, only scratching the surface, dumbing down, dumbed down, dumbed-down, just window dressing, mere window dressing, purely cosmetic, calling it a strategy, calling it a plan
  opposite+: precision, thoroughness, depth

quality craftsmanship
  forms: craftsman, craftswoman, craftsmanlike
  synonyms: workmanship, craft, pride in your work, quality focus, quality-mindedness, quality awareness, skilfulness, skillfulness, quality-conscious, quality-minded, high quality, quality-driven, skilful, skillful, sense of quality, quality orientation, quality-oriented, dexterity, dexterous, dextrous, a job well done, doing it properly, do it properly, attention to quality, quality consciousness, eye for quality, quality mindset, quality mentality, proud of your work, taking pride in your work, take pride in your work, proud of what you do, caring about quality, care about quality
  excess: perfectionism, nitpicking, stubbornness, slowness
  opposite-: sloppiness, superficiality, haste

quadrant accuracy > nitpicking > pragmatism > sloppiness
quadrant accuracy > perfectionism > pragmatism > sloppiness
quadrant precision > perfectionism > pragmatism > sloppiness
quadrant precision > nitpicking > pragmatism > sloppiness
quadrant craftsmanship > perfectionism > pragmatism > sloppiness
quadrant thoroughness > perfectionism > pragmatism > superficiality
quadrant big-picture thinking > superficiality > precision > nitpicking

quality nuance
  forms: nuanced
  synonyms: subtlety, subtle, sense of nuance, shades of grey, shades of gray, balanced view, seeing both sides, grey areas, gray areas, see both sides
  excess: vagueness, overcomplication, indecisiveness, overthinking, evasiveness, talkativeness
  opposite-: black-and-white thinking, dogmatism, bluntness

distortion vagueness
  forms: vague, vaguely
  synonyms: woolliness, woolly, fuzziness, fuzzy, waffling, waffle, ambiguity, lack of clarity, unclear, hazy, nebulous, foggy, hazy thinking, ambiguous, equivocal, equivocating, fogginess, fluffy, corporate speak, management speak, corporate jargon, buzzwords, buzzword bingo, word salad, hand-waving, handwaving, handwavy, hand-wavy
  opposite+: clarity

distortion black-and-white thinking
  forms: black and white
  synonyms: oversimplification, oversimplifying, simplistic, all-or-nothing thinking, either-or thinking, seeing things in black and white, lack of nuance, all or nothing, simplism
  opposite+: nuance, systems thinking, tolerance, flexibility

quality simplicity
  forms: simple
  synonyms: keeping it simple, plainness, uncomplicatedness, minimalism, less is more, simplification, uncomplicated, plain English
  excess: black-and-white thinking, superficiality
  opposite-: overcomplication, vagueness

distortion overcomplication
  forms: overcomplicated, overcomplicate, overcomplicating, over-complicated
  synonyms: convolutedness, convoluted, complicating things, making things complicated, needless complexity, byzantine, cumbersome, cumbersomeness, circuitousness, circuitous, making it harder than it needs to be, reinventing the wheel, reinvent the wheel, jargon, boil the ocean, boiling the ocean, technobabble, techno-babble, overcomplicating simple things, overcomplicate simple things, making simple things complicated, make simple things complicated, drowning people in, drowning the client in, drowning the customer in, drowning clients in, drowning them in, drown them in
  opposite+: simplicity

quadrant nuance > vagueness > clarity > black-and-white thinking
quadrant simplicity > black-and-white thinking > nuance > overcomplication

quality creativity
  forms: creative, creatively
  synonyms: imagination, imaginative, thinking outside the box, out-of-the-box thinking, artistry, ideas person, creative thinking, imaginativeness, creativeness, thinking out of the box, blue-sky thinking, think outside the box, full of ideas, coming up with ideas, come up with ideas, coming up with new ideas, come up with new ideas, new ideas all the time, lots of new ideas, always coming up with new ideas, ideas man, ideas woman, ideas guy, ideas generator, out-of-the-box thinker, outside-the-box thinker, out of the box thinker, lateral thinking, lateral thinker, divergent thinking, creative flair, ideation
  excess: being unrealistic, chaos, vagueness, inconsistency, restlessness, lack of focus, eccentricity, sloppiness
  opposite-: unimaginativeness, rigidity, dullness, bureaucracy, stagnation, perfectionism

distortion unimaginativeness
  forms: unimaginative, unimaginatively
  synonyms: lack of imagination, dullness, dull, uninspiredness, uninspired, conventionality, pedestrian, humdrum, conventional, unoriginal, uncreative, lack of creativity, formulaic, no imagination, painting by numbers, run of the mill
  opposite+: creativity, curiosity, playfulness, innovation

quadrant creativity > being unrealistic > practicality > unimaginativeness

quality optimism
  forms: optimistic, optimistically, optimist
  synonyms: hopefulness, hopeful, glass half full, looking on the bright side, sunny outlook, confidence in the future, hope, look on the bright side, every cloud has a silver lining
  excess: being unrealistic, naivety, toxic positivity, recklessness, unreliability
  opposite-: pessimism, suspicion, negativity, cynicism, brooding

quality positivity
  forms: positive, positively
  synonyms: positive attitude, positive outlook, upbeat, upbeatness, constructive attitude, positive energy
  excess: toxic positivity, naivety, superficiality, being unrealistic
  opposite-: pessimism, negativity, cynicism, brooding, sarcasm

distortion toxic positivity
  forms: toxically positive
  synonyms: forced positivity, forced cheerfulness, relentless positivity, denial, sugar-coating, sugarcoating, everything is fine, good vibes only, happy-clappy, everything happens for a reason, fake positivity, fake cheerfulness, toxic optimism, fake smiles
  opposite+: realism, honesty, depth, compassion

quality realism
  forms: realistic, realistically, realist
  synonyms: sense of reality, soberness, sober-mindedness, clear-eyedness, clear-eyed, seeing things as they are, facing facts, sober, sobriety, reality check, face facts
  excess: pessimism, suspicion, negativity, unimaginativeness, cynicism, short-termism
  opposite-: being unrealistic, toxic positivity, naivety, melodrama

distortion pessimism
  forms: pessimistic, pessimistically, pessimist
  synonyms: gloominess, gloomy, gloom, doom and gloom, defeatism, defeatist, glass half empty, doom-mongering, doom-monger, prophet of doom, negativity, fatalism, fatalistic, melancholy, melancholic, morose, downbeat, moroseness, sombreness, somberness, sombre, somber, heavy-heartedness, despondency, despondent, hopelessness, despair, depressed, depressive, doomsayer, expecting the worst, expect the worst, assuming the worst, it'll never work, that will never work
  opposite+: optimism, cheerfulness, positivity

quadrant optimism > being unrealistic > realism > pessimism
quadrant positivity > toxic positivity > realism > pessimism

quality sensitivity
  forms: sensitive, sensitively
  synonyms: sensitiveness, perceptiveness, perceptive, attunement, fine antennae, picking up signals, attuned, picks up on moods, read the room, reading the room, feeling the atmosphere, in touch with your feelings, in touch with your emotions, in touch with feelings
  excess: oversensitivity, people-pleasing, sentimentality, melodrama, softness, worrying, victim mentality, defensiveness
  opposite-: insensitivity, coldness, harshness, tactlessness, bluntness

distortion oversensitivity
  forms: oversensitive, over-sensitive, hypersensitive, hypersensitivity
  synonyms: touchiness, touchy, thin skin, thin-skinned, taking things personally, easily offended, easily hurt, fragility, fragile, prickly, taking everything personally, thin-skinnedness, prickliness, quickness to take offence, quick to take offence, quick to take offense, crybaby, cry-baby, vulnerability, vulnerable, hyper-sensitive, hyper-sensitivity, easily upset, taking it personally, take it personally, takes everything personally, takes things to heart, taking things to heart, take things to heart, takes everything to heart, cries easily, gets upset easily, taking every complaint personally, taking complaints personally, taking criticism personally, taking feedback personally
  opposite+: resilience, firmness, calm, light-heartedness

quality resilience
  forms: resilient, resiliently
  synonyms: thick skin, thick-skinned, bouncing back, stress resistance, mental toughness, hardiness, robustness, robust, tough-minded, ability to cope, tough-mindedness, stress-resistant, stress-proof, roll with the punches, rolling with the punches, bounce back, getting back up, get back up, weather the storm, weathering the storm, tough it out, toughing it out, water off a duck's back, like water off a duck's back, copes well, coping well, cope well, working under pressure, thriving under pressure, good under pressure, performing under pressure, stress tolerance, tolerance for stress, high stress tolerance, stress resilience, good in a crisis, copes well in a crisis, working well under pressure, works well under pressure, work well under pressure, handling pressure well, handles pressure well, handle pressure well, deals well with pressure, dealing well with pressure, not taking things personally, not taking it personally, don't take it personally, not taking everything personally, handling anything that comes your way, whatever comes your way, anything that comes your way, taking whatever comes
  excess: insensitivity, coldness, harshness, indifference
  opposite-: oversensitivity, melodrama, panic, self-doubt, brooding

distortion insensitivity
  forms: insensitive, insensitively
  synonyms: callousness, callous, obliviousness, oblivious, emotional obtuseness, imperviousness, unempathetic, lack of empathy, thoughtless, thoughtlessness, tone-deaf, no empathy, lack of consideration, lack of sensitivity, lack of compassion, lack of understanding, thick-skinned, thick skin, thick-skinnedness, non-empathetic, without empathy, little empathy, ignoring feelings, ignoring other people's feelings, can't read the room, don't care about people's feelings, not caring about people's feelings, don't care about feelings, ignoring people's feelings, as if they weren't there, as if they were not there, as if they're not there, as if they aren't there, as if they weren't in the room, talking over the heads of, talking over their heads
  opposite+: sensitivity, empathy

quadrant sensitivity > oversensitivity > resilience > insensitivity

distortion provincialism
  forms: provincial
  synonyms: parochialism, parochial, insularity, insular, small-town thinking, narrow horizons, not invented here, cliquish, cliquishness, cliquey, clannish, clannishness, inward-looking, can't see beyond their own backyard, tribalism, tribal thinking, tribal mentality
  opposite+: open-mindedness

# ---------------------------------------------------------------------------------------------------
# Published quadrants (coaches, trainers, public lexicons) that read well with the relations above.
# ---------------------------------------------------------------------------------------------------

quadrant conscientiousness > rigidity > flexibility > sloppiness
quadrant helpfulness > meddling > self-care > selfishness
quadrant moderation > meekness > courage > recklessness
quadrant integrity > rigidity > adaptability > opportunism
quadrant critical thinking > overthinking > decisiveness > impulsiveness
quadrant courage > recklessness > prudence > cowardice
quadrant sensitivity > people-pleasing > setting boundaries > coldness
quadrant flexibility > spinelessness > stability > rigidity
quadrant initiative > workaholism > relaxation > laziness
quadrant selflessness > self-sacrifice > self-confidence > arrogance
quadrant stability > provincialism > open-mindedness > spinelessness
quadrant perseverance > stubbornness > letting go > unreliability
quadrant enthusiasm > overzealousness > patience > passivity
quadrant fairness > rigidity > flexibility > favouritism

quality asking for help
  forms: ask for help, asks for help, asking for support
  synonyms: seeking help, accepting help, reaching out, admitting you need help, leaning on others, relying on others, letting others help, admit you need help, asking colleagues for help, asking others for help, asking each other for help, asking for help more often
  excess: clinginess, self-doubt
  opposite-: individualism, arrogance, stubbornness

quality systems thinking
  forms: systems thinker, systemic thinking
  synonyms: seeing connections, thinking in systems, seeing the whole system, interconnected thinking, seeing how things hang together, seeing the connections, joined-up thinking, see how things connect, seeing how things connect
  excess: overcomplication, overthinking, vagueness
  opposite-: black-and-white thinking, tunnel vision, short-termism

quality servant leadership
  forms: servant leader, servant leaders
  synonyms: serving leadership, leading by serving, putting the team first, supportive leadership, leaders eat last, serve the team, serving the team, lead from behind, leading from behind
  excess: selling yourself short, obsequiousness, self-sacrifice, people-pleasing, indecisiveness, spinelessness
  opposite-: bossiness, selfishness, arrogance, micromanagement

quality obedience
  forms: obedient, obediently, obey
  synonyms: following instructions, doing as you are told, doing what is asked, respect for authority, deference to authority, law-abiding, follow orders, following orders, do as you're told, doing as you're told, doing what you're told, followership, good followership, being a good follower, complying with rules, rule-following
  excess: obsequiousness, conformism, meekness, blind loyalty, passivity, bureaucracy, spinelessness
  opposite-: stubbornness, contrariness, disloyalty

quadrant asking for help > clinginess > independence > individualism
quadrant systems thinking > overcomplication > simplicity > black-and-white thinking
quadrant servant leadership > selling yourself short > authority > bossiness
quadrant obedience > obsequiousness > independence > stubbornness

# ---------------------------------------------------------------------------------------------------
# Classics from workshops and handouts: the words coaches and trainers use
# ---------------------------------------------------------------------------------------------------

distortion contrariness
  forms: contrary, contrarian
  synonyms: rebelliousness, rebellious, rebellion, defiance, defiant, obstructiveness, obstructive, going against everything, dissent for its own sake, insubordinate, insubordination, disobedient, disobedience, anarchistic, anarchist, uncooperative, troublemaker, awkward squad, unwilling, unwillingness, reluctance, reluctant, rebel, being difficult, stroppy, stroppiness, difficult person, difficult to work with, provocative, provocation, provocativeness, perverseness, disputatiousness, disputatious, recalcitrance, recalcitrant, non-cooperative, noncooperative, non-cooperation, contrarianism, oppositional, oppositionality, bolshy, bolshie, bolshiness, challenging everything, debating everything, arguing about everything, always arguing, arguing for the sake of it, arguing for the sake of arguing, always against everything, against everything, rocking the boat, stirring things up, stirring the pot, stirs the pot, always disagrees, always disagreeing, disagrees with everything, loves an argument, loves a good argument, shit-stirring, shit-stirrer, stirrer, stirring up trouble, troublemaking, trouble-making, rabble-rousing, rabble-rouser
  opposite+: loyalty, cooperation, obedience, respect

distortion dishonesty
  forms: dishonest
  synonyms: insincerity, insincere, lying, deceit, deceitfulness, deceitful, hypocrisy, hypocritical, two-facedness, two-faced, liar, deception, deceptive, untruthful, untruthfulness, false, falseness, corrupt, corruption, fraud, fraudulent, lies, cheat, cheats, double-dealing, mendacious, duplicity, duplicitous, lack of honesty, lack of integrity, crookedness, crooked, deceptiveness, shadiness, disingenuousness, disingenuous, mendacity, fibbing, cheating, economical with the truth, bending the truth, creative accounting, half-truths, bullshitting, bullshitter, cooking the books, fiddling the numbers, fiddling the figures, massaging the figures, massaging the numbers, hiding mistakes, hiding your mistakes, covering up mistakes, cover up mistakes, lying to customers, lying to people, lying to clients, lying to colleagues, lie to customers, lie to people, lie to clients, lies to customers, lie to colleagues, hiding the truth, hide the truth, hides the truth, lying to, lying to guests, lying to patients, lie to, lies to
  opposite+: honesty, integrity, transparency

distortion sentimentality
  forms: sentimental
  synonyms: mawkishness, mawkish, over-emotionality, over-emotional, soppiness, soppy, mushy, saccharine, gushing, schmaltzy, schmaltz, slushy, emotionality, emotional, pity, pitying, sappy, sappiness, touchy-feely, cloying, cloyingness
  opposite+: objectivity, self-control, calm

distortion compulsiveness
  forms: compulsive
  synonyms: obsessive-compulsive, compulsive tidiness, obsessive orderliness, ritualistic, compulsion, fixation, addiction, addicted, addictive, neat freak, clean freak, checking and rechecking, OCD, triple-checking, check and recheck, checks and rechecks, checking and re-checking, rechecking everything, recheck everything, obsessiveness, obsessive
  opposite+: flexibility, relaxation, letting go, spontaneity

distortion aimlessness
  forms: aimless
  synonyms: lack of direction, directionlessness, drifting, no sense of direction, rudderlessness, rudderless, directionless, rootless, rootlessness, drifter, no direction, purposeless, losing sight of the goal, losing sight of the goals, losing sight of the objective, losing sight of the end goal, losing sight of where you're going
  opposite+: result orientation, focus, determination

distortion dullness
  forms: dull
  synonyms: boringness, boring, blandness, bland, colourlessness, colourless, colorlessness, colorless, grey, monotonous, monotony, uninspiring, stolid, stolidity, tedious, tediousness, predictable, predictability, bore, a bore, greyness, grayness, stodginess, stodgy, beige, dry as dust
  opposite+: expressiveness, enthusiasm, dynamism, charisma, innovation

distortion sarcasm
  forms: sarcastic
  synonyms: mockery, mocking, snark, snarky, scoffing, derision, derisive, sharp-tongued, sharp tongue, put-downs, put-down, biting remarks, cattiness, catty, ridicule, ridiculing, snarkiness, sardonic, waspish, cheap shots, snide remarks, having digs, having a dig, barbed comments, taunting, bitchy, bitchiness
  opposite+: seriousness, kindness, encouragement, respect

distortion giving up
  forms: gives up, give up
  synonyms: quitting, quitting easily, giving up easily, throwing in the towel, throwing in the sponge, easily discouraged, discouragement, dispirited, disheartened, demoralised, demoralized, throw in the towel, throw the towel in, chuck it in, chucking it in
  opposite+: perseverance, determination, resilience, dedication, discipline, courage

quadrant loyalty > blind loyalty > critical thinking > contrariness
quadrant honesty > tactlessness > diplomacy > dishonesty
quadrant empathy > sentimentality > objectivity > coldness
quadrant orderliness > compulsiveness > flexibility > chaos
quadrant result orientation > tunnel vision > open-mindedness > aimlessness
quadrant humour > sarcasm > seriousness > pessimism
quadrant perseverance > stubbornness > letting go > giving up
quadrant calm > dullness > dynamism > restlessness
quadrant responsibility > micromanagement > delegation > passing the buck
quadrant trust > naivety > vigilance > suspicion

# ---------------------------------------------------------------------------------------------------
# Mirrors: every quadrant above seen from its challenge. Q > P > C > A closes, so C > A > Q > P does too.
# ---------------------------------------------------------------------------------------------------

quadrant clarity > rigidity > customer focus > lack of boundaries
quadrant setting boundaries > harshness > customer focus > people-pleasing
quadrant flexibility > sloppiness > accuracy > nitpicking
quadrant structure > rigidity > creativity > chaos
quadrant thoroughness > slowness > efficiency > haste
quadrant patience > passivity > decisiveness > pushiness
quadrant clarity > harshness > customer focus > lack of boundaries
quadrant setting boundaries > rigidity > customer focus > lack of boundaries
quadrant setting boundaries > harshness > customer focus > lack of boundaries
quadrant clarity > rigidity > customer focus > people-pleasing
quadrant clarity > harshness > customer focus > people-pleasing
quadrant setting boundaries > rigidity > customer focus > people-pleasing
quadrant commercial drive > pushiness > customer focus > people-pleasing
quadrant receptiveness > passivity > persuasiveness > pushiness
quadrant honesty > bluntness > charm > slickness
quadrant directness > bluntness > friendliness > obsequiousness
quadrant directness > rudeness > respect > obsequiousness
quadrant directness > rudeness > politeness > obsequiousness
quadrant approachability > over-familiarity > politeness > stiffness
quadrant professionalism > aloofness > hospitality > over-familiarity
quadrant focus > tunnel vision > responsiveness > reactivity
quadrant personal attention > favouritism > fairness > impersonality
quadrant thoroughness > slowness > speed > haste
quadrant patience > passivity > determination > pushiness
quadrant patience > passivity > drive > impatience
quadrant critical thinking > negativity > solution focus > quick fixes
quadrant critical thinking > negativity > appreciation > flattery
quadrant directness > bluntness > encouragement > flattery
quadrant diplomacy > evasiveness > directness > bluntness
quadrant tact > evasiveness > directness > bluntness
quadrant tact > evasiveness > honesty > bluntness
quadrant diplomacy > evasiveness > honesty > bluntness
quadrant tact > secretiveness > openness > tactlessness
quadrant diplomacy > secretiveness > openness > tactlessness
quadrant discretion > secretiveness > openness > oversharing
quadrant discretion > secretiveness > transparency > oversharing
quadrant directness > bluntness > harmony > conflict avoidance
quadrant assertiveness > aggressiveness > harmony > conflict avoidance
quadrant assertiveness > aggressiveness > consideration > people-pleasing
quadrant assertiveness > aggressiveness > cooperation > people-pleasing
quadrant gentleness > meekness > assertiveness > aggressiveness
quadrant gentleness > meekness > strength > harshness
quadrant firmness > harshness > gentleness > meekness
quadrant letting go > neglect > caring > smothering
quadrant letting go > indifference > caring > smothering
quadrant letting go > indifference > caring > meddling
quadrant letting go > neglect > protectiveness > smothering
quadrant self-care > selfishness > helpfulness > self-sacrifice
quadrant self-care > selfishness > selflessness > self-sacrifice
quadrant letting go > indifference > helpfulness > meddling
quadrant objectivity > coldness > empathy > over-involvement
quadrant professionalism > aloofness > warmth > over-familiarity
quadrant reserve > aloofness > warmth > over-familiarity
quadrant firmness > harshness > kindness > softness
quadrant firmness > harshness > compassion > softness
quadrant compassion > softness > result orientation > ruthlessness
quadrant result orientation > ruthlessness > people orientation > softness
quadrant reserve > aloofness > attentiveness > intrusiveness
quadrant reserve > aloofness > sociability > talkativeness
quadrant reserve > aloofness > expressiveness > melodrama
quadrant conciseness > curtness > communicativeness > talkativeness
quadrant conciseness > curtness > eloquence > talkativeness
quadrant independence > aloofness > connectedness > clinginess
quadrant independence > individualism > team spirit > conformism
quadrant independence > disloyalty > loyalty > blind loyalty
quadrant team spirit > conformism > leadership > bossiness
quadrant approachability > over-familiarity > authority > bossiness
quadrant team spirit > conformism > competitiveness > rivalry
quadrant directiveness > bossiness > coaching > passing the buck
quadrant decisiveness > pushiness > consensus building > indecisiveness
quadrant consensus building > indecisiveness > directiveness > bossiness
quadrant involvement > micromanagement > delegation > passing the buck
quadrant delegation > passing the buck > responsibility > over-responsibility
quadrant trust > naivety > keeping track > micromanagement
quadrant forgiveness > permissiveness > accountability > blaming
quadrant leniency > permissiveness > accountability > blaming
quadrant trust > naivety > critical thinking > suspicion
quadrant trust > naivety > vigilance > suspicion
quadrant practicality > short-termism > vision > being unrealistic
quadrant modesty > selling yourself short > charisma > showing off
quadrant calm > apathy > enthusiasm > overzealousness
quadrant calm > apathy > dynamism > restlessness
quadrant stability > stagnation > innovation > restlessness
quadrant dynamism > restlessness > stability > stagnation
quadrant contentment > complacency > ambition > careerism
quadrant calm > complacency > sense of urgency > panic
quadrant calm > complacency > sense of urgency > haste
quadrant relaxation > procrastination > sense of urgency > panic
quadrant relaxation > laziness > dedication > workaholism
quadrant relaxation > laziness > diligence > workaholism
quadrant moderation > half-heartedness > passion > fanaticism
quadrant reflection > passivity > initiative > impulsiveness
quadrant reflection > indecisiveness > decisiveness > haste
quadrant intuition > jumping to conclusions > analytical thinking > overthinking
quadrant consistency > rigidity > flexibility > inconsistency
quadrant orderliness > rigidity > flexibility > inconsistency
quadrant orderliness > rigidity > flexibility > chaos
quadrant structure > rigidity > flexibility > chaos
quadrant flexibility > chaos > structure > bureaucracy
quadrant orderliness > rigidity > creativity > chaos
quadrant flexibility > unreliability > reliability > rigidity
quadrant flexibility > unreliability > punctuality > rigidity
quadrant flexibility > indiscipline > discipline > rigidity
quadrant self-control > inhibition > spontaneity > impulsiveness
quadrant orderliness > rigidity > spontaneity > chaos
quadrant flexibility > inconsistency > perseverance > stubbornness
quadrant flexibility > inauthenticity > authenticity > stubbornness
quadrant adaptability > inauthenticity > authenticity > stubbornness
quadrant adaptability > conformism > originality > eccentricity
quadrant improvisation > unpreparedness > planning > rigidity
quadrant pragmatism > sloppiness > process orientation > bureaucracy
quadrant focus > tunnel vision > curiosity > lack of focus
quadrant focus > tunnel vision > versatility > lack of focus
quadrant versatility > lack of focus > expertise > tunnel vision
quadrant conviction > dogmatism > open-mindedness > spinelessness
quadrant pragmatism > opportunism > integrity > preachiness
quadrant pragmatism > opportunism > idealism > being unrealistic
quadrant strictness > harshness > leniency > permissiveness
quadrant strictness > intolerance > tolerance > permissiveness
quadrant high standards > demandingness > supportiveness > smothering
quadrant acceptance > complacency > high standards > demandingness
quadrant seriousness > humourlessness > humour > flippancy
quadrant seriousness > humourlessness > playfulness > childishness
quadrant seriousness > pessimism > cheerfulness > flippancy
quadrant light-heartedness > sloppiness > conscientiousness > worrying
quadrant light-heartedness > superficiality > depth > brooding
quadrant caution > cowardice > courage > recklessness
quadrant entrepreneurship > recklessness > prudence > risk aversion
quadrant caution > risk aversion > experimentation > recklessness
quadrant courage > recklessness > safety awareness > risk aversion
quadrant generosity > wastefulness > thrift > stinginess
quadrant self-confidence > arrogance > modesty > selling yourself short
quadrant self-confidence > arrogance > humility > selling yourself short
quadrant self-criticism > self-doubt > self-confidence > arrogance
quadrant self-confidence > arrogance > openness to feedback > self-doubt
quadrant pragmatism > sloppiness > accuracy > nitpicking
quadrant pragmatism > sloppiness > accuracy > perfectionism
quadrant pragmatism > sloppiness > precision > perfectionism
quadrant pragmatism > sloppiness > precision > nitpicking
quadrant pragmatism > sloppiness > craftsmanship > perfectionism
quadrant pragmatism > superficiality > thoroughness > perfectionism
quadrant precision > nitpicking > big-picture thinking > superficiality
quadrant clarity > black-and-white thinking > nuance > vagueness
quadrant nuance > overcomplication > simplicity > black-and-white thinking
quadrant practicality > unimaginativeness > creativity > being unrealistic
quadrant realism > pessimism > optimism > being unrealistic
quadrant realism > pessimism > positivity > toxic positivity
quadrant resilience > insensitivity > sensitivity > oversensitivity
quadrant flexibility > sloppiness > conscientiousness > rigidity
quadrant self-care > selfishness > helpfulness > meddling
quadrant courage > recklessness > moderation > meekness
quadrant adaptability > opportunism > integrity > rigidity
quadrant decisiveness > impulsiveness > critical thinking > overthinking
quadrant prudence > cowardice > courage > recklessness
quadrant setting boundaries > coldness > sensitivity > people-pleasing
quadrant stability > rigidity > flexibility > spinelessness
quadrant relaxation > laziness > initiative > workaholism
quadrant self-confidence > arrogance > selflessness > self-sacrifice
quadrant open-mindedness > spinelessness > stability > provincialism
quadrant letting go > unreliability > perseverance > stubbornness
quadrant patience > passivity > enthusiasm > overzealousness
quadrant flexibility > favouritism > fairness > rigidity
quadrant independence > individualism > asking for help > clinginess
quadrant simplicity > black-and-white thinking > systems thinking > overcomplication
quadrant authority > bossiness > servant leadership > selling yourself short
quadrant independence > stubbornness > obedience > obsequiousness
quadrant critical thinking > contrariness > loyalty > blind loyalty
quadrant diplomacy > dishonesty > honesty > tactlessness
quadrant objectivity > coldness > empathy > sentimentality
quadrant flexibility > chaos > orderliness > compulsiveness
quadrant open-mindedness > aimlessness > result orientation > tunnel vision
quadrant seriousness > pessimism > humour > sarcasm
quadrant letting go > giving up > perseverance > stubbornness
quadrant dynamism > restlessness > calm > dullness
quadrant delegation > passing the buck > responsibility > micromanagement
quadrant vigilance > suspicion > trust > naivety

distortion cynicism
  forms: cynical, cynically
  synonyms: jadedness, jaded, bitterness, bitter, disillusionment, disillusioned, believing in nothing, sceptical, skeptical, scepticism, skepticism, sceptic, skeptic, snide, caustic, acerbic, world-weary, world-weariness, embittered, nihilistic, nihilism, embitterment, misanthrope, misanthropic, misanthropy, seen it all before, what's the point, nothing ever changes
  opposite+: idealism, optimism, enthusiasm, trust, appreciation, positivity, passion

# Connection and freedom: wanting closeness against not wanting to be tied

distortion fear of commitment
  forms: commitment-phobic, commitment phobia
  synonyms: commitment issues, afraid of commitment, avoiding commitment, never wanting to be tied down, always keeping a back door open, unable to commit, keeping your options open, keep your options open, commitment-phobe, won't commit
  opposite+: connectedness, dedication, loyalty, involvement

quadrant independence > fear of commitment > connectedness > clinginess
quadrant connectedness > clinginess > independence > aloofness

# Jealousy

distortion jealousy
  forms: jealous, jealously
  synonyms: envy, envious, enviousness, begrudging, begrudging others their success, resentment of others' success, jealousness, sour grapes, green with envy
  opposite+: appreciation, trust, contentment, self-confidence, team spirit

# Wisdom

quality wisdom
  forms: wise, wisely
  synonyms: sagacity, sound judgement, sound judgment, good judgement, good judgment, insight, insightful, life wisdom, judgment, judgement, insightfulness, sagacious, perspicacity, perspicacious, older and wiser, learned the hard way, learnt the hard way, emotional maturity, emotionally mature, maturity of judgement, maturity of judgment
  excess: brooding, arrogance, aloofness, preachiness
  opposite-: naivety, superficiality, impulsiveness

quadrant wisdom > brooding > light-heartedness > superficiality

quality intelligence
  forms: intelligent, intelligently
  synonyms: cleverness, clever, smartness, smart, brainy, intellect, intellectual, sharp-witted, quick-witted, quick thinking, quick thinker, sharp mind, astute, astuteness, shrewd, shrewdness, quick learner, fast learner, brilliance, brilliant, quick on the uptake, sharpness, sharp, acumen, savvy, nous
  excess: arrogance, overthinking, overcomplication
  opposite-: naivety, superficiality

quadrant intelligence > arrogance > receptiveness > naivety

# Grudges and the victim role

distortion resentment
  forms: resentful, resentfully
  synonyms: vindictiveness, vindictive, holding grudges, bearing grudges, grudge-bearing, never letting go of a wrong, sulky, sulking, sulk, silent treatment, spiteful, spite, vengeful, vengefulness, malicious, malice, grudge, unforgiving, unforgivingness, petulant, petulance, huffy, spitefulness, maliciousness, rancour, rancor, rancorous, sulkiness, venomous, hatefulness, hateful, revengefulness, revengeful, passive-aggressive, passive aggression, passive-aggressiveness, malevolence, malevolent, chip on your shoulder, chip on his shoulder, nursing grievances, nursing a grudge, getting even, get even, seeking revenge, out for revenge, tit for tat, tit-for-tat, axe to grind, an axe to grind, ax to grind
  opposite+: forgiveness, leniency, letting go

distortion victim mentality
  forms: playing the victim
  synonyms: victimhood, self-pity, self-pitying, feeling sorry for yourself, it's always someone else's fault, victim, victim role, poor me, martyr complex, martyrish, hard done by, why always me, why is it always me, everyone's against me, everyone is against me, woe is me, play the victim, plays the victim, played the victim
  opposite+: responsibility, resilience, decisiveness, self-confidence, solution focus
"""#
}
