// The built-in Dutch lexicon. The text between the quotes is a lexicon file; its format is in LEXICON.md.
extension BuiltinLexicon {
    static let dutch = #"""
language: nl
# Kernkwadranten van Daniel Ofman: kernkwaliteit > valkuil > uitdaging > allergie.
# Een quality is een kwaliteit, een distortion een valkuil of allergie (te veel van het goede).
# Per thema eerst de woorden, dan de gecureerde kwadranten. Zie LEXICON.md voor het formaat.

# ======================================================================
# De kern: klantgerichtheid en de voorbeelden uit de blogs (accuratesse, creativiteit, efficiëntie, daadkracht)
# ======================================================================

quality klantgerichtheid
  forms: klantgericht, klantgerichte
  synonyms: klantvriendelijkheid, klantvriendelijk, klantvriendelijke, servicegerichtheid, servicegericht, servicegerichte, dienstbaarheid, klantfocus, de klant centraal, de klant centraal stellen, klantbewust, klantbewustzijn, klantbekwaam, service-gericht, dienstverlenend, dienstverlenende, dienstverlening, klantoriëntatie, klantgeoriënteerd, alles voor de klant doen, alles over hebben voor de klant, service verlenen, service bieden, goede service, patiëntgericht, patiëntgerichtheid, cliëntgericht, cliëntgerichtheid, de patiënt centraal, de cliënt centraal, de klant voorop, de klant op één, de klant tevreden stellen, de klant tevreden houden, de klant blij maken, de klant serieus nemen, de bewoner centraal, de bewoner centraal stellen, goed met klanten, goed met klanten kunnen, met de klant meedenken, meedenken met de klant, met de burger meedenken, meedenken met de burger, burgergericht, burgergerichtheid, meedenken met de ouders, met de ouders meedenken, ontzorgen, de klant ontzorgen, maatwerk leveren, maatwerk bieden, cliëntvriendelijk, leerlinggericht, leerlinggerichtheid, kindgericht, kindgerichtheid, gastgericht, gastgerichtheid, klantbelang centraal, klantbelang centraal stellen, het klantbelang centraal, het klantbelang centraal stellen, klantbelang voorop, het klantbelang voorop, het belang van de klant centraal, het belang van de klant voorop, klantbelang, het klantbelang dienen, customer focus, customer centric, klantcentraal, publieksvriendelijkheid, vraaggerichtheid, publieksgericht, publiekgericht, publieksvriendelijk, patiëntvriendelijk, servicegeoriënteerd, vraaggericht, de klant op de eerste plaats, de bewoner op de eerste plaats, de patiënt op de eerste plaats, de cliënt op de eerste plaats, de gast op de eerste plaats, de klant op de eerste plaats zetten, meedenken met de inwoners, met de inwoners meedenken, meedenken met de inwoner, met de inwoner meedenken, meedenken met inwoners, meedenken met de klanten, met de klanten meedenken, oog voor de klant, oog voor de gebruiker, oog voor de eindgebruiker, gebruikersgericht, gebruikersgerichtheid
  excess: grenzeloosheid, meegaandheid, pleasegedrag, zelfopoffering, onderdanigheid
  opposite-: hardheid, starheid, onverschilligheid, kilheid, bureaucratie

distortion grenzeloosheid
  forms: grenzeloos, grenzeloze
  synonyms: zonder grenzen, geen grenzen kennen, geen grenzen stellen, geen nee kunnen zeggen, alles goedvinden, over je grenzen laten gaan, over je heen laten lopen, je laten overlopen, geen nee durven zeggen, over grenzen gaan, nergens nee tegen zeggen, overal ja tegen zeggen, alles slikken, over je kant laten gaan, alles pikken, geen grenzen, over grenzen, over je grenzen, over je grenzen gaan, moeite met nee zeggen, moeilijk nee zeggen, moeilijk nee kunnen zeggen, moeite met grenzen stellen, moeite met grenzen aangeven, slecht nee kunnen zeggen, slecht grenzen aangeven, bang om nee te zeggen, alles goed vinden, overal ja op zeggen, overal ja op, een voetveeg zijn, voetveeg, deurmat, een deurmat zijn, over je laten lopen, kan geen nee zeggen, kan moeilijk nee zeggen, altijd ja zeggen tegen de klant, te snel ja zeggen, te makkelijk ja zeggen, nooit nee zeggen, alles voor de klant doen, alles voor de gast doen, alles doen voor de klant, alles doen voor de gast, over je heen lopen, mensen lopen over je heen, over je heen laten walsen, alles opvangen wat blijft liggen, alles opvangen wat er blijft liggen, alles oppakken wat blijft liggen, alles oppakken wat er blijft liggen, opvangen wat blijft liggen, overal de gaten dichtlopen, alle gaten dichtlopen, altijd bereikbaar zijn, 24/7 bereikbaar, dag en nacht bereikbaar, geen nee kunnen verkopen, geen nee durven verkopen, alles maar goedvinden, alles maar goed vinden, niet kunnen nee zeggen, niet nee kunnen zeggen, niet durven nee zeggen, niet nee durven zeggen, alles maar kan, alles kan maar, alles mag maar, alles maar mag, alles kan en mag, alles mag en kan, alles oppakken wat binnenkomt, alles oppakken wat er binnenkomt, te veel werk aannemen, te veel aannemen, voor iedereen in de bres springen, te vaak ja zeggen, geen grenzen hebben
  opposite+: duidelijkheid, grenzen stellen, assertiviteit, zelfzorg, standvastigheid

distortion meegaandheid
  forms: meegaand, meegaande, inschikkelijk, inschikkelijke, te meegaand, te inschikkelijk
  synonyms: te veel meegaan, overal in meegaan, inschikkelijkheid, pleasegedrag, niet assertief, overaanpassing, overaangepast, overmatig aangepast, aanpassingsdrang, niet voor jezelf opkomen, niet voor jezelf kiezen, gebrek aan assertiviteit, geen assertiviteit, te weinig assertiviteit, met de stroom mee, de klant altijd gelijk geven, iedereen gelijk geven, overal in mee gaan, met alles meegaan, alles laten aanleunen, je alles laten aanleunen, laten aanleunen, aanpasserig, jezelf verliezen, zichzelf verliezen, jezelf kwijtraken, identiteitsverlies, zelfverlies, kameleongedrag, je als een kameleon aanpassen, geen eigen koers, geen eigen koers varen, geen eigen koers hebben, zonder eigen koers, je aanpassen aan iedereen, je aan iedereen aanpassen, je aanpassen aan alles, te ver meegaan, te ver meegaan in, te ver mee gaan, alles uit je handen laten vallen, te snel toegeven, te makkelijk toegeven, te gauw toegeven
  opposite+: duidelijkheid, grenzen stellen, standvastigheid, authenticiteit, assertiviteit, directheid, onafhankelijkheid, principevastheid, zelfstandigheid

quality duidelijkheid
  forms: duidelijk, duidelijke
  synonyms: helderheid, helder, eenduidigheid, heldere afspraken, klare taal, klare taal spreken, eenduidig, concreet, concreetheid, ondubbelzinnig, verwachtingen managen, verwachtingen helder maken, verwachtingen uitspreken, duidelijke afspraken maken, ondubbelzinnigheid
  excess: hardheid, starheid, zwart-witdenken, botheid, tactloosheid, strengheid
  opposite-: grenzeloosheid, meegaandheid, slapheid, vaagheid, eromheen draaien, conflictvermijding

quality grenzen stellen
  forms: grensstellendheid, grensstellend, grensstellende
  synonyms: grenzen aangeven, je grenzen bewaken, nee kunnen zeggen, nee durven zeggen, paal en perk stellen, grens stellen, grens aangeven, nee zeggen, kaders stellen, kaders aangeven, grenzen bewaken, begrenzen, grenzen, nee leren zeggen, durven nee zeggen, durven grenzen stellen, je grenzen durven aangeven, nee verkopen, een nee verkopen, vaker nee moeten zeggen, nee moeten zeggen, normen stellen, normen bewaken, de norm stellen, normen en waarden bewaken, normen aangeven, grenzen afbakenen, de klant durven teleurstellen, durven teleurstellen, mensen durven teleurstellen
  excess: hardheid, starheid, ontoegankelijkheid, onverdraagzaamheid, onbetrouwbaarheid, botheid, egoïsme, strengheid, afstandelijkheid, ongevoeligheid, bazigheid
  opposite-: grenzeloosheid, meegaandheid, zelfopoffering, pleasegedrag, slapheid, conflictvermijding

distortion hardheid
  forms: hard, harde
  synonyms: hardvochtigheid, hardvochtig, meedogenloosheid, meedogenloos, keihard, klantonvriendelijkheid, klantonvriendelijk, wrede, wreedheid, genadeloos, genadeloze, ongenadig, genadeloosheid, rücksichtslos, bruut, bruutheid, hardhandig, hardhandigheid, sadistisch, nietsontziend, wreedaardig, geen genade, geen genade kennen, mensen afserveren, afserveren, mensen voorbijlopen, de mens voorbijlopen, over mensen heen walsen, over de mensen heen walsen, onbarmhartig, onbarmhartigheid, onmeedogendheid, voor de hele klas afbranden, voor de klas afbranden, voor de groep afbranden, publiekelijk afbranden, meteen de handboeien pakken, direct de handboeien pakken, meteen de handboeien omdoen, het mes erin zetten, altijd het mes erin zetten, het mes erin zet
  opposite+: klantgerichtheid, zachtaardigheid, mildheid, compromisbereidheid, begrip, mensgerichtheid, warmte, compassie, inlevingsvermogen, vergevingsgezindheid

distortion starheid
  forms: star, starre
  synonyms: rigiditeit, rigide, onbuigzaamheid, onbuigzaam, inflexibiliteit, inflexibel, rechtlijnigheid, rechtlijnig, rechtlijnige, statisch, dwangmatigheid, dwangmatig, dwangneurotisch, dwang-neurotisch, onflexibel, koppigheid, niet flexibel, overgeorganiseerd, overgestructureerd, verstard, verstarring, schematisch, overgedisciplineerd, onverzettelijk, onverzettelijkheid, onvermurwbaar, compromisloos, compromisloosheid, gebrek aan flexibiliteit, geen flexibiliteit, te weinig flexibiliteit, versteend, geen ruimte voor spontaniteit, alles dichtplannen, alles volplannen, dichtplannen, volplannen, overplannen, geen ruimte voor improvisatie, krampachtigheid, krampachtig, krampachtig vasthouden, vastzitten aan de planning, star vasthouden aan de planning, vastzitten aan het plan, star vasthouden aan het plan, aan de planning vastzitten, aan het plan vastzitten, zitten vast aan de planning, zitten vast aan het plan, alles vooraf willen vastleggen, alles vooraf vastleggen, alles van tevoren willen vastleggen, alles van tevoren vastleggen, alles vooraf willen regelen, overal nee tegen zeggen, overal nee op zeggen, altijd nee zeggen, tegen alles nee zeggen, vasthouden aan wat niet meer werkt, vasthouden aan wat niet meer goed is, vasthouden aan wat niet meer klopt, vasthouden aan wat niet werkt, blijven vasthouden aan wat niet werkt, blijven vasthouden aan wat niet meer werkt, krampachtig blijven vasthouden, niet kunnen improviseren, slecht kunnen improviseren, niet kunnen meebewegen, moeilijk kunnen meebewegen, niet flexibel kunnen zijn, alles weigeren, niet in je taakomschrijving, staat niet in je taakomschrijving, niet in je functieomschrijving, niet op de werkbon, alleen doen wat op de werkbon staat, alleen doen wat op de bon staat, alleen doen wat op de opdrachtbon staat, alleen doen wat in het protocol staat, alleen doen wat in je taakomschrijving staat, letterlijk nemen, alles letterlijk nemen, elke regel letterlijk nemen, regels letterlijk nemen
  opposite+: klantgerichtheid, creativiteit, flexibiliteit, ontspannenheid, improvisatievermogen, spontaniteit, compromisbereidheid, loslaten, vernieuwingsdrang, aanpassingsvermogen, ruimdenkendheid, relativeringsvermogen

quality accuratesse
  forms: accuraat, accurate
  synonyms: nauwkeurigheid, precisie, nauwgezetheid, nauwgezet, nauwgezette, secuurheid, secuur, precies werken, accuraatheid, de cijfers kloppen, cijfers kloppen altijd, correct werken, minutieus, minutieuze, elke cent klopt, klopt elke cent, tot op de cent, op de cent nauwkeurig, tot op de cent nauwkeurig, alles klopt tot op de cent
  excess: pietluttigheid, perfectionisme, omslachtigheid, traagheid, starheid
  opposite-: laksheid, slordigheid, chaos, oppervlakkigheid, overhaastheid

distortion pietluttigheid
  forms: pietluttig, pietluttige
  synonyms: muggenzifterij, muggenziften, haarkloverij, vitterigheid, vitten, spijkers op laag water zoeken, kleinzieligheid, kleinzielig, kleinzielige, vitterig, mierenneukerij, mierenneukerig, mierenneuker, muggenzifter, pietlut, detailzucht, pietepeuterig, detaillistisch, pietje precies, benepen, detailistisch, verzanden in details, verdrinken in details, doorslaan in details, blijven hangen in details, te veel details, gevit, gemuggenzift, boekhoudersmentaliteit, vitter, mierenneukerigheid, pietepeuterigheid, kieskeurig, kieskeurigheid, verdwalen in details, verliezen in details, door de bomen het bos niet meer zien, benepenheid, kommaneuker, kommaneukerij, boekhouderig, verzuipen in details, priegelig, priegeligheid, vitzucht, je verliezen in details, je verliezen in de details, je blindstaren op details, over elke komma vallen, over elke komma, over elk foutje vallen, bij elk foutje
  opposite+: relativeringsvermogen, pragmatisme, overzicht, creativiteit, flexibiliteit, waardering, mildheid, ontspannenheid

quality relativeringsvermogen
  forms: relativeren, relativerend, relativerende
  synonyms: zelfrelativering, gevoel voor verhoudingen, dingen in perspectief zien, niet alles zo zwaar nemen, fouten mogen maken, fouten laten maken, kunnen falen, fouten kunnen maken, kunnen fouten maken, fouten toestaan, fouten mogen, het niet zo zwaar opnemen, niet alles zo zwaar opnemen, er niet van wakker liggen, ergens niet van wakker liggen, rommel kunnen laten, rommel kunnen laten liggen, rommel kunnen verdragen, wat rommel kunnen laten, rommel laten voor wat het is
  excess: laksheid, kleurloosheid, oppervlakkigheid, slordigheid, onverschilligheid, vrijblijvendheid, flauwheid
  opposite-: pietluttigheid, arrogantie, zwaarwichtigheid, dramatiek, perfectionisme, fanatisme, piekeren

distortion laksheid
  forms: laks, lakse
  synonyms: nonchalance, nonchalant, nalatigheid, nalatig, met de pet ernaar gooien, lakse houding, ongedisciplineerdheid, ongedisciplineerd, onverantwoordelijkheid, onverantwoordelijk, de boel de boel laten, onpunctueel, te laat komen, altijd te laat, niet op tijd, laten lopen, gebrek aan discipline, geen discipline, te weinig discipline, zorgeloos, zorgeloosheid, te los, niet punctueel, niet stipt, niet gedisciplineerd, gebrek aan verantwoordelijkheidsgevoel, geen verantwoordelijkheidsgevoel, te weinig verantwoordelijkheidsgevoel, gebrek aan verantwoordelijkheid, geen verantwoordelijkheid, te weinig verantwoordelijkheid, vaak te laat, regelmatig te laat, deadlines missen, deadlines niet halen, zonder discipline, de boel laten versloffen, laten versloffen, versloffen, pet ernaar gooien, de pet ernaar gooien, laten sloffen, de boel laten sloffen, het niet nauw nemen, het niet zo nauw nemen, maar wat doen, maar wat aanklooien, op zijn beloop laten, alles op zijn beloop laten, op z'n beloop laten, alles op z'n beloop laten, dingen laten liggen, lakheid, plichtsverzaking, plichtsverzuim, je plicht verzaken, plichtsvergeten, laten begaan, maar laten begaan, mensen laten begaan, alles laten begaan, dingen laten slingeren, de boel laten slingeren, zaken laten slingeren, laten slingeren, met de pet naar je werk gooien, tuchteloos, losbandig, losbandigheid, te laconiek, veel te laconiek, niet meer op de veiligheid letten, niet op de veiligheid letten, niet letten op veiligheid, de veiligheid laten versloffen, met de pet naar gooien, niks controleren, niets controleren, nooit iets controleren, nergens controleren, niks nakijken, niets nakijken, nooit iets nakijken, niks checken, niets checken, nergens naar kijken, het dossier niet lezen, de overdracht niet lezen, het dossier niet doorlezen, onvoorbereid komen, zonder toezicht laten, zonder toezicht laten spelen, op zijn beloop, op z'n beloop, laten liggen, laat liggen, nooit iets checken, nooit checken, nooit bijwerken, rapportage nooit bijwerken, de rapportage nooit bijwerken, de rapportage niet bijwerken, het dossier niet bijwerken, dossiers niet bijwerken, overal te laat mee, overal te laat mee zijn, altijd te laat mee
  opposite+: accuratesse, discipline, stiptheid, daadkracht, zorgvuldigheid, verantwoordelijkheidsgevoel, consequentheid, structuur, grondigheid, urgentiebesef, ijver

quality pragmatisme
  forms: pragmatisch, pragmatische
  synonyms: praktische instelling, praktisch ingesteld, hands-on, praktijkgerichtheid, praktisch denken, handigheid, goed is goed genoeg, tevreden met goed genoeg, praktisch, handig, praktijkgericht, pragmatiek, goed genoeg, goed genoeg is goed genoeg, met minder genoegen nemen, 80 procent is ook goed, tachtig procent is ook goed, 80 procent is goed genoeg, minder perfectionistisch, concreet maken, dingen concreet maken, ideeën concreet maken, concretiseren, handen en voeten geven, vertalen naar de praktijk, gezond verstand gebruiken, je gezonde verstand gebruiken, je gezond verstand gebruiken, boerenverstand gebruiken, bestaande oplossingen gebruiken, bestaande oplossingen hergebruiken, gebruiken wat er al is, niet het wiel opnieuw uitvinden, uitvoeringsgerichtheid, uitvoeringsgericht, uitvoeringskracht, gebruikmaken van wat er is, gebruik maken van wat er is, gebruikmaken van wat er al is, gebruik maken van wat er al is, roeien met de riemen die je hebt, werken met wat er is, benutten wat er is, met minder tevreden zijn, genoegen nemen met minder, tevreden zijn met minder, operationeel scherp, operationele scherpte, operationeel sterk, operationele slagkracht, accepteren dat het niet perfect hoeft, het hoeft niet perfect, niet alles hoeft perfect, accepteren dat het niet perfect hoeft te zijn, het hoeft niet perfect te zijn
  excess: slordigheid, opportunisme, kortzichtigheid, oppervlakkigheid, gemakzucht, overhaastheid, simplisme, fantasieloosheid
  opposite-: pietluttigheid, perfectionisme, moralisme, zweverigheid, omslachtigheid, bureaucratie, dogmatisme, starheid

distortion onkunde
  forms: onkundig, onkundige, incompetent, incompetente
  synonyms: incompetentie, ondeskundigheid, ondeskundig, onbekwaamheid, amateurisme, amateuristisch, geen verstand van zaken, geen benul hebben, geen idee hebben wat je doet, niet weten waar je het over hebt, van toeten noch blazen weten, geen verstand van hebben, er geen verstand van hebben, er niks van snappen, er geen kaas van gegeten hebben, geen kaas van gegeten hebben, niet weten wat ze doen
  opposite+: deskundigheid, vakmanschap

distortion slordigheid
  forms: slordig, slordige
  synonyms: onzorgvuldigheid, onzorgvuldig, onnauwkeurigheid, onnauwkeurig, prutswerk, knoeiwerk, onoplettendheid, onoplettend, sloddervos, knoeierig, knoeien, knoeier, prutser, prutsen, amateuristisch, niet nauwkeurig, quick and dirty, slons, slonzig, onverzorgd, onopmerkzaam, achteloos, achteloze, achteloosheid, geknoei, gepruts, knoeierigheid, slonzigheid, onachtzaam, onachtzaamheid, niet zorgvuldig, onzorgvuldig werken, sloppy, onprofessioneel, onprofessionaliteit, gebrek aan accuratesse, geen accuratesse, te weinig accuratesse, gebrek aan zorgvuldigheid, geen zorgvuldigheid, te weinig zorgvuldigheid, gebrek aan nauwkeurigheid, geen nauwkeurigheid, te weinig nauwkeurigheid, zonder zorgvuldigheid, met de franse slag, de franse slag, er een potje van maken, bochten afsnijden, de bocht afsnijden, hoekjes afsnijden, stappen overslaan, houtje-touwtje, houtje-touwtjeoplossing, houtje touwtje oplossing, amateurisme, dilettantisme, dilettant, beunhaas, beunhazerij, half werk, franse slag, niet precies werken, niet precies genoeg, niet zo precies zijn, slodderig, onverzorgdheid, zonder te kijken, zonder te controleren, zonder te checken, zonder na te kijken, zonder iets te controleren, zonder tests, zonder testen, ongetest, niks documenteren, niets documenteren, nooit iets documenteren, niks vastleggen, niets vastleggen, half schoongemaakt, half schoonmaken, half afmaken, half gedaan, afgeraffeld, zwijnenstal, als een zwijnenstal, een zooitje achterlaten, rommel achterlaten, een puinhoop achterlaten, een bende achterlaten, overal maar neerzetten, overal maar neergezet, niks overdragen, niets overdragen, de overdracht vergeten, niks opschrijven, niets opschrijven, nooit iets opschrijven, er met je hoofd niet bij zijn, met je hoofd niet bij je werk, met je hoofd ergens anders, niet dubbel checken, niet dubbelchecken, niet nachecken, de kluis open laten staan, de kassa open laten staan, de kluis laten openstaan, de kassa laten openstaan, de kassa laat openstaan, zomaar doorlaten, alles zomaar doorlaten, blind doorzetten, blind goedkeuren, zomaar goedkeuren, zonder te kijken goedkeuren, blind aftekenen, zomaar aftekenen, blind tekenen, zonder lezen tekenen, zonder te lezen tekenen, zonder te lezen
  opposite+: accuratesse, nauwkeurigheid, zorgvuldigheid, vakmanschap, grondigheid, structuur, orde, stiptheid

quality creativiteit
  forms: creatief, creatieve
  synonyms: vindingrijkheid, vindingrijk, inventiviteit, inventief, originaliteit, verbeeldingskracht, fantasie, out of the box denken, vernuft, origineel, originele, fantasierijk, fantasierijke, oorspronkelijkheid, oorspronkelijk, buiten de lijntjes kleuren, onconventioneel, onconventionele, creatieveling, verbeelding, ideeënrijk, vol ideeën, anders denken, buiten de kaders, creëren, kunstzinnig, artistiek, out of the box, vernuftig, vernuftigheid, ingenieusheid, fantasievol, nieuwe ideeën bedenken, met ideeën komen, met nieuwe ideeën komen, ideeën bedenken, ideeënrijkdom, rijk aan ideeën, nieuwe lesvormen bedenken, nieuwe werkvormen bedenken, steeds iets nieuws bedenken, nieuwe dingen bedenken, steeds nieuwe dingen bedenken
  excess: chaos, zweverigheid, rusteloosheid, wispelturigheid, versnippering, willekeur, impulsiviteit, slordigheid, omslachtigheid, eigengereidheid
  opposite-: starheid, fantasieloosheid, pietluttigheid, saaiheid, bureaucratie, behoudzucht

distortion chaos
  forms: chaotisch, chaotische
  synonyms: wanorde, chaoot, rommeligheid, rommelig, ongestructureerdheid, ongestructureerd, geen structuur, geen overzicht, warrigheid, warrig, ongeorganiseerd, het overzicht verliezen, het overzicht kwijt zijn, verward, verwardheid, rommelkont, ongepland, planloos, planloze, planloosheid, onoverzichtelijk, onoverzichtelijkheid, onordelijk, gebrek aan structuur, te weinig structuur, gebrek aan overzicht, te weinig overzicht, bende, zooi, puinhoop, rommel, out of control, uit de hand lopen, niet gestructureerd, niet georganiseerd, moeite met plannen, niet kunnen plannen, onvoorbereid, onvoorbereidheid, slecht voorbereid, niet voorbereid, gebrek aan planmatigheid, geen planmatigheid, te weinig planmatigheid, gebrek aan orde, geen orde, te weinig orde, gebrek aan planning, geen planning, te weinig planning, ordeloos, ordeloosheid, slecht plannen, slecht organiseren, slecht georganiseerd, rommelen, aanrommelen, controle verliezen, de controle verliezen, zonder structuur, zonder planning, zonder plan, zonder overzicht, improviseren zonder plan, een zooitje, zooitje, een zootje, er een zooitje van maken, een rommeltje maken, een rommeltje, chaoten, wanordelijk, wanordelijkheid, ad hoc handelen, ad-hoc handelen, ad hoc werken, ad-hoc werken, alles ad hoc doen, onsystematisch, structuurloos, slechte planning, gebrekkige planning, rommelige planning, niet kunnen organiseren, slecht kunnen organiseren, slecht kunnen plannen, onvoldoende planning, onvoldoende structuur, weinig structuur, elkaar voor de voeten lopen, elkaar in de weg lopen, alles door elkaar doen, alles door elkaar heen doen, door elkaar heen werken, alles loopt door elkaar
  opposite+: structuur, orde, planmatigheid, accuratesse, efficiëntie, overzicht, focus, discipline, rust, stabiliteit

quality structuur
  forms: gestructureerd, gestructureerde, structureren
  synonyms: systematiek, systematisch, systematische, methodisch, structuur aanbrengen, structuur bieden, houvast bieden, overzichtelijk werken, overzichtelijkheid, overzichtelijk, regels, kaders bieden, kaders geven, lijstjes maken, stelselmatigheid
  excess: starheid, bureaucratie, pietluttigheid, perfectionisme, controlezucht, saaiheid
  opposite-: chaos, inconsequentheid, slordigheid, wispelturigheid, willekeur, vaagheid, laksheid

distortion zweverigheid
  forms: zweverig, zweverige
  synonyms: luchtfietserij, fantasterij, dromerigheid, dromerig, met je hoofd in de wolken, luchtkastelen bouwen, zwevend, onrealistisch, dromer, fantast, utopisch, zweefteef, onpraktisch, hoofd in de wolken, theoretisch, te theoretisch, theorie boven praktijk, gebrek aan realisme, geen realisme, te weinig realisme, dagdromen, dagdromer, in de wolken, luchtkastelen, je verliezen in ideeën, je in ideeën verliezen, blijven brainstormen, eindeloos brainstormen, los van de werkelijkheid, los van de realiteit, losgezongen van de werkelijkheid, losgezongen van de realiteit, los van de praktijk, wereldvreemd, wereldvreemdheid, in abstracties blijven hangen, blijven hangen in abstracties, verdwalen in abstracties
  opposite+: realisme, pragmatisme, efficiëntie, rationaliteit, nuchterheid, focus, structuur

quality realisme
  forms: realistisch, realistische
  synonyms: realiteitszin, realiteitsbesef, met beide benen op de grond, nuchter verstand, nuchterheid, realist, verwachtingen temperen, realistische verwachtingen, geen gouden bergen beloven, niet te veel beloven, met beide voeten op de grond, met beide voeten op de grond staan, met twee voeten op de grond
  excess: fantasieloosheid, cynisme, pessimisme, negativiteit, kortzichtigheid
  opposite-: zweverigheid, naïviteit, hoogdravendheid

distortion fantasieloosheid
  forms: fantasieloos, fantasieloze
  synonyms: gebrek aan verbeelding, geen fantasie, fantasiearm, ideeënarmoede, oncreatief, onorigineel, onoriginele, niet creatief, ideeloos, inspiratieloos, inspiratieloosheid, gebrek aan creativiteit, geen creativiteit, te weinig creativiteit, gebrek aan fantasie, te weinig fantasie, zonder fantasie, binnen de lijntjes kleuren, kopieergedrag, klakkeloos kopiëren, na-apen, naäperij, copy-paste gedrag, elk jaar dezelfde lessen, bij elke klant hetzelfde verhaal, overal hetzelfde verhaal vertellen, hetzelfde riedeltje, hetzelfde riedeltje afdraaien, het standaardverhaal afdraaien, hetzelfde trucje, steeds hetzelfde trucje, elke les hetzelfde, elke les hetzelfde doen
  opposite+: creativiteit, intuïtie, speelsheid, vernieuwingsdrang, visie

quality efficiëntie
  forms: efficiënt, efficiënte
  synonyms: doelmatigheid, doelmatig, snel werken, slim werken, geen tijd verspillen, doeltreffend, doeltreffendheid, het gesprek afronden, een gesprek afronden, gesprekken afronden, gesprekken kunnen afronden, gesprekken kort houden
  excess: overhaastheid, oppervlakkigheid, starheid, slordigheid, kilheid, hardheid, gejaagdheid, simplisme, kortzichtigheid, ongeduld
  opposite-: omslachtigheid, chaos, zweverigheid, traagheid, bureaucratie, perfectionisme, overanalyseren

distortion overhaastheid
  forms: overhaast, overhaaste
  synonyms: haastigheid, haastig, gehaastheid, overijldheid, overijld, afraffelen, te snel beslissen, impulsiviteit, gehaast, haastwerk, overijlen, te snel, haasten, over één nacht ijs gaan, over een nacht ijs gaan, voorbarigheid, te hard van stapel lopen, hard van stapel lopen, te snel van stapel lopen, geen tijd nemen, hals over kop, overhaast beslissen, raffelen, overhaasting, overhaast handelen, jakkeren, doorjakkeren, door de zorg heen jakkeren, erdoorheen jakkeren, door het werk heen jakkeren, zonder te testen, live zetten zonder te testen, zonder testen live zetten, ongetest live zetten, te snel afwimpelen, klanten te snel afwimpelen, in de oplossing schieten, meteen in de oplossing schieten, direct in de oplossing schieten, in de oplossingen schieten, in de oplosmodus schieten, in de oplossingsmodus schieten, op de zaken vooruitlopen, op de zaken vooruit lopen, overal op de zaken vooruit lopen, overal op vooruitlopen
  opposite+: zorgvuldigheid, grondigheid, bedachtzaamheid, geduld, rust, nauwkeurigheid, accuratesse

quality zorgvuldigheid
  forms: zorgvuldig, zorgvuldige
  synonyms: consciëntieusheid, consciëntieus, oog voor kwaliteit, met zorg werken, zorg en aandacht, nauwkeurigheid, gewetensvol, gewetensvolheid, nauwlettend, nauwlettendheid, dubbel checken, cijfers controleren, nachecken, goed documenteren, zorgvuldig documenteren, juridisch kloppen, juridisch altijd kloppen, juridisch correct, juridisch zorgvuldig, twee keer controleren, alles twee keer controleren, elke uitslag twee keer controleren, alles dubbel controleren, dubbelchecken, alles dubbelchecken, alles nog een keer nakijken
  excess: omslachtigheid, perfectionisme, traagheid, pietluttigheid, overanalyseren, besluiteloosheid, angstigheid, bureaucratie
  opposite+: voortvarendheid
  opposite-: overhaastheid, slordigheid, laksheid, oppervlakkigheid, onverschilligheid, chaos, roekeloosheid

distortion omslachtigheid
  forms: omslachtig, omslachtige
  synonyms: het moeilijk maken, moeilijk doen, onnodig ingewikkeld, te veel stappen, via omwegen, inefficiëntie, inefficiënt, ingewikkeld, het wiel opnieuw uitvinden, gebrek aan efficiëntie, geen efficiëntie, te weinig efficiëntie, ondoelmatig, te complex maken, alles te complex maken, te ingewikkeld maken, overcompliceren, nodeloos ingewikkeld, onnodig complex, dingen ingewikkelder maken dan nodig
  opposite+: efficiëntie, eenvoud, pragmatisme, bondigheid, daadkracht, voortvarendheid

quality grondigheid
  forms: grondig, grondige
  synonyms: gedegenheid, gedegen, degelijkheid, degelijk, tot op de bodem uitzoeken, zorgvuldigheid, het naadje van de kous willen weten, het naadje van de kous, overal het fijne van willen weten, het fijne ervan willen weten, tot op de bodem gaan
  excess: omslachtigheid, overanalyseren, traagheid, perfectionisme, pietluttigheid, piekeren, langdradigheid
  opposite-: oppervlakkigheid, overhaastheid, slordigheid, laksheid, ondoordachtheid

distortion oppervlakkigheid
  forms: oppervlakkig, oppervlakkige
  synonyms: vluchtigheid, vluchtig, lichtzinnigheid, lichtzinnig, niet diep genoeg gaan, aan de oppervlakte blijven, frivool, frivole, frivoliteit, vluchtige, gebrek aan grondigheid, geen grondigheid, te weinig grondigheid, gebrek aan diepgang, geen diepgang, te weinig diepgang, leeghoofdig, halfbakken, wuftheid, superficieel, drie bullets op een slide, een paar bullets op een slide, drie bulletpoints op een slide, een paar bulletpoints op een slide, dat een strategie noemen, dat dan een strategie noemen
  opposite+: grondigheid, diepgang, nauwkeurigheid, deskundigheid, ernst, zorgvuldigheid, betrokkenheid

quality daadkracht
  forms: daadkrachtig, daadkrachtige
  synonyms: doortastendheid, doortastend, kordaatheid, kordaat, doorpakken, aanpakker, actiegerichtheid, actiegericht, besluitvaardigheid, voortvarendheid, doener, slagkracht, besluitkracht, actie ondernemen, in actie komen, dadendrang, krachtdadig, direct aan de slag, direct actie ondernemen, direct handelen, het moment pakken, het heft in handen nemen, gewoon doen, niet lullen maar poetsen, niet lullen maar doen, de koe bij de hoorns vatten, met de vuist op tafel slaan, met de vuist op tafel, durven ingrijpen, sneller ingrijpen, tijdig ingrijpen, op tijd ingrijpen, meer ingrijpen, wel ingrijpen, eerder ingrijpen, minder praten meer doen, minder praten en meer doen, aanpakken, dingen aanpakken, gewoon aanpakken, geen gezeur, niet zeuren maar poetsen, geen gelul, handelingsgericht, een aanpakker, een doener, aanpakkersmentaliteit, aanpakmentaliteit, doenersmentaliteit, de handen uit de mouwen steken, handen uit de mouwen, zaken oppakken, dingen oppakken, zaken aanpakken, spijkers met koppen slaan, krachtdadigheid, aanpakken waar het nodig is, gewoon aanpakken waar het nodig is, aanpakken waar nodig, concreet handelen, concreet in actie komen, concreet aan de slag gaan, ingrijpen, ingrijpen waar nodig, ingrijpen wanneer dat nodig is
  excess: drammerigheid, ondoordachtheid, impulsiviteit, gejaagdheid, overhaastheid, dominantie, roekeloosheid, bazigheid, eigenmachtigheid, ongeduld
  opposite-: passiviteit, navelstaren, besluiteloosheid, traagheid, piekeren, overanalyseren, lusteloosheid, laksheid

distortion drammerigheid
  forms: drammen, drammerig, drammerige, dramt, doordrammen
  synonyms: doordrukken, doordouwen, doordrijven, je zin doordrijven, dwingend, dwingende, dwingerigheid, dwingerig, pusherig, erdoor drukken, forceren, forceert, opdringerigheid, pushen, geen geduld, niet geduldig, weinig geduld, opjagen, pusherigheid, doordenderen, doordrijverij, moeite met wachten, zonder geduld, achter de broek zitten, achter de vodden zitten, mensen achter de vodden zitten, iemand achter de broek zitten, doordouwerij, dwingendheid, doordrammerigheid, doordrammerig, niet kunnen wachten, geen geduld hebben
  opposite+: geduld, ontvankelijkheid, bedachtzaamheid, luistervaardigheid, tact, consensusgerichtheid, loslaten

distortion ongeduld
  forms: ongeduldig, ongeduldige, ongeduldigheid
  synonyms: geen geduld hebben, niet kunnen wachten, alles meteen willen, alles nu willen, alles gisteren willen, kort lontje, een kort lontje hebben
  opposite+: geduld, rust, bedachtzaamheid, luistervaardigheid, ontspannenheid

quality geduld
  forms: geduldig, geduldige
  synonyms: lankmoedigheid, geduld hebben, de tijd nemen, tijd gunnen, rustig afwachten, tijd nemen, vertragen, geduldigheid, tijd geven, lankmoedig, afwachten, durven wachten, durven afwachten, kunnen wachten, leren wachten, geduldig wachten, rustig kunnen wachten
  excess: passiviteit, besluiteloosheid, traagheid, laksheid, toegeeflijkheid, uitstelgedrag, grenzeloosheid
  opposite-: drammerigheid, paniekerigheid, overenthousiasme, gejaagdheid, overhaastheid, impulsiviteit, rusteloosheid

distortion passiviteit
  forms: passief, passieve
  synonyms: lijdzaamheid, lijdzaam, afwachtendheid, afwachtend, afwachtende houding, gelatenheid, de kat uit de boom kijken, lusteloosheid, toekijken, toeschouwer, geen initiatief, gelaten, laten gebeuren, fatalistisch, fatalisme, te weinig initiatief, gebrek aan initiatief, dadeloosheid, afwachten, initiatiefloosheid, initiatiefloos, niet daadkrachtig, niet doortastend, gebrek aan daadkracht, geen daadkracht, te weinig daadkracht, dadeloos, de kat uit de boom, zonder initiatief, niks doen, niets doen, stilzitten, afwachten wat er gebeurt, afwachten wat er komt, maar afwachten, alles over je heen laten komen, mensen die niks doen, niet doorpakken, alles laten gebeuren, alles maar laten gebeuren, de dingen laten gebeuren, het maar laten gebeuren, op je handen zitten, berusting, berustend, wachten op instructies, reactieve houding, laten sudderen, de boel laten sudderen, dingen laten sudderen, problemen laten sudderen, laten voortsudderen, erbij staan kijken, erbij staan te kijken, staan toe te kijken, met je armen over elkaar zitten, met je armen over elkaar, met de armen over elkaar, met zijn armen over elkaar, met de armen over elkaar toekijken, alles maar over je heen laten komen, pas in actie komen, pas in actie komen als het te laat is, pas in actie als het te laat is, pas ingrijpen als het te laat is, te lang wachten met ingrijpen, te lang wachten met handelen
  opposite+: daadkracht, commerciële instelling, urgentiebesef, initiatief, enthousiasme, dynamiek, ondernemingszin, voortvarendheid, gedrevenheid, betrokkenheid

quality zelfreflectie
  forms: reflectief, reflectieve, reflecteren
  synonyms: zelfkennis, reflectief vermogen, zelfinzicht, zelfkritisch, naar jezelf kijken, in de spiegel kijken, reflectie, zelfkritiek, zelfonderzoek, introspectie, kritisch naar jezelf kijken, fouten toegeven, je fouten toegeven, fouten erkennen, bewustwording, zelfbewustwording, kritisch op jezelf, eerlijk naar jezelf, eerlijk tegen jezelf, jezelf onder de loep nemen, naar je eigen aandeel kijken, de hand in eigen boezem steken, zelfreflecterend, zelfreflectief, zelfreflectieve, reflectievermogen, reflecterend vermogen, zelfreflecterend vermogen, goed kunnen reflecteren, toegeven dat je fout zit, toegeven dat je het fout hebt, toegeven dat je ongelijk hebt, toegeven dat je fout zat, toegeven als je fout zit, toegeven dat we fout zitten, toegeven dat we ongelijk hebben, toegeven dat we het fout hebben, toegeven dat we fout zaten
  excess: navelstaren, piekeren, onzekerheid, besluiteloosheid, overanalyseren
  opposite-: ondoordachtheid, impulsiviteit, overhaastheid, arrogantie, betweterigheid, zelfgenoegzaamheid

distortion ondoordachtheid
  forms: ondoordacht, ondoordachte
  synonyms: natte-vingerwerk, zonder nadenken, eerst doen dan denken, niet nadenken over de gevolgen, onnadenkendheid, onnadenkend, onverstandig, lichtvaardig, lichtvaardigheid, gedachteloos, gedachteloosheid, onverstandigheid, onbedachtzaam, onbedachtzaamheid, zonder na te denken, op gevoel varen zonder onderbouwing, zonder onderbouwing, ongefundeerd, zonder onderbouwing beslissen, zomaar wat doen, zomaar iets doen, zonder voorbereiding beginnen, zonder voorbereiding aan de slag gaan, onvoorbereid beginnen, aannames doen, op aannames afgaan, uitgaan van aannames, onbekooktheid, zonder tekening beginnen, beginnen zonder tekening, gewoon beginnen zonder tekening, zonder tekening, dwaasheid, dwaas, dwaze, onverstandige, domheid, stommiteit, dom gedrag, zomaar dingen toezeggen, zomaar toezeggen, dingen toezeggen die niet kunnen
  opposite+: zelfreflectie, analytisch vermogen, bedachtzaamheid, zorgvuldigheid, voorzichtigheid, strategisch vermogen

distortion navelstaren
  forms: navelstaarderij
  synonyms: te veel met jezelf bezig, eindeloos reflecteren, blijven hangen in jezelf, zelfbespiegeling
  opposite+: daadkracht, oplossingsgerichtheid, voortvarendheid

quadrant klantgerichtheid > grenzeloosheid > duidelijkheid > hardheid
quadrant klantgerichtheid > grenzeloosheid > duidelijkheid > starheid
quadrant klantgerichtheid > grenzeloosheid > grenzen stellen > hardheid
quadrant klantgerichtheid > grenzeloosheid > grenzen stellen > starheid
quadrant klantgerichtheid > meegaandheid > duidelijkheid > hardheid
quadrant klantgerichtheid > meegaandheid > duidelijkheid > starheid
quadrant klantgerichtheid > meegaandheid > grenzen stellen > hardheid
quadrant klantgerichtheid > meegaandheid > grenzen stellen > starheid
quadrant accuratesse > pietluttigheid > relativeringsvermogen > laksheid
quadrant accuratesse > pietluttigheid > pragmatisme > slordigheid
quadrant creativiteit > chaos > structuur > starheid
quadrant creativiteit > zweverigheid > realisme > fantasieloosheid
quadrant efficiëntie > overhaastheid > zorgvuldigheid > omslachtigheid
quadrant efficiëntie > oppervlakkigheid > grondigheid > omslachtigheid
quadrant daadkracht > drammerigheid > geduld > passiviteit
quadrant daadkracht > ondoordachtheid > zelfreflectie > navelstaren
quadrant daadkracht > ongeduld > geduld > passiviteit
quadrant duidelijkheid > hardheid > klantgerichtheid > grenzeloosheid
quadrant duidelijkheid > starheid > klantgerichtheid > grenzeloosheid
quadrant grenzen stellen > hardheid > klantgerichtheid > grenzeloosheid
quadrant grenzen stellen > starheid > klantgerichtheid > grenzeloosheid
quadrant duidelijkheid > hardheid > klantgerichtheid > meegaandheid
quadrant duidelijkheid > starheid > klantgerichtheid > meegaandheid
quadrant grenzen stellen > hardheid > klantgerichtheid > meegaandheid
quadrant grenzen stellen > starheid > klantgerichtheid > meegaandheid
quadrant relativeringsvermogen > laksheid > accuratesse > pietluttigheid
quadrant pragmatisme > slordigheid > accuratesse > pietluttigheid
quadrant structuur > starheid > creativiteit > chaos
quadrant realisme > fantasieloosheid > creativiteit > zweverigheid
quadrant zorgvuldigheid > omslachtigheid > efficiëntie > overhaastheid
quadrant grondigheid > omslachtigheid > efficiëntie > oppervlakkigheid
quadrant geduld > passiviteit > daadkracht > drammerigheid
quadrant zelfreflectie > navelstaren > daadkracht > ondoordachtheid

# ======================================================================
# Klantcontact: service, verkoop en support
# ======================================================================

quality behulpzaamheid
  forms: behulpzaam, behulpzame
  synonyms: hulpvaardigheid, hulpvaardig, hulpvaardige, graag helpen, klaarstaan voor anderen, hulpbereidheid, helpen, anderen helpen, ondersteunen, ondersteunend, steunend, steun bieden, helper, hulpbereid, voor anderen klaarstaan, altijd klaarstaan, hulp bieden, direct klaarstaan, direct klaar staan, meteen klaarstaan, klaarstaan voor de klant, klaarstaan voor klanten, klaarstaan voor de gasten, klaarstaan voor de bewoners, klaarstaan voor de patiënten, altijd klaarstaan voor de klant
  excess: bemoeizucht, opdringerigheid, zelfopoffering, pleasegedrag, betutteling, meegaandheid, grenzeloosheid, overbetrokkenheid, onderdanigheid
  opposite-: onverschilligheid, egoïsme, kilheid, afstandelijkheid, afschuiven

distortion bemoeizucht
  forms: bemoeizuchtig, bemoeizuchtige, bemoeien, zich bemoeien
  synonyms: overal mee bemoeien, je neus in andermans zaken steken, inmenging, overal iets van vinden, betutteling, bemoeiziek, bemoeizieke, bedilzucht, bedillerig, bedillerigheid, bedillen, bemoeial, bemoeierig, nieuwsgierig aagje, alles willen weten, overbehulpzaam, overbehulpzame, bemoeierigheid, op de stoel van de ander gaan zitten, op andermans stoel gaan zitten, overal je neus in steken, je neus overal in steken, overal met je neus bovenop zitten, overbemoeienis, overbemoeiing, te veel willen helpen
  opposite+: loslaten, professionele afstand, terughoudendheid, respect, vertrouwen, discretie

quality loslaten
  forms: los kunnen laten, kunnen loslaten, laat los, los laten
  synonyms: overlaten aan anderen, ruimte geven, delegeren, anderen je eigen weg laten gaan, overlaten, laten gaan, dingen laten gaan, mandaat geven, mandateren, de teugels laten vieren, ruimte laten, uit handen geven, verantwoordelijkheid delen, ruimte voor anderen, ruimte voor de ander, verantwoordelijkheid geven, verantwoordelijkheid overdragen, durven delegeren, durven los te laten, controle uit handen geven, de controle uit handen geven, mensen zelf laten doen, anderen zelf laten doen, zelf laten doen, zelf laten oplossen, het zelf laten oplossen, niet alles hoeven weten, niet alles hoeven te weten, taken verdelen, taken uitbesteden, werk overdragen, taken overdragen, de touwtjes laten vieren, op je handen zitten, op je handen gaan zitten, het team zelf laten kiezen, niet alles overnemen, niet alles overnemen van de cliënt, je plan laten trekken, je eigen plan laten trekken, zelf laten proberen, je eigen gang laten gaan, teugels laten vieren, eigenaarschap geven, eigenaarschap laten, zelf laten ontdekken, kinderen laten ontdekken, laten ontdekken, risico's toestaan, risico's durven toestaan, risico's laten nemen, zelf laten uitzoeken, de klant laten kiezen, de klant zelf laten kiezen, de ander laten kiezen, anderen zelf laten kiezen, vrijheid geven, vrijheid laten, de ander laten worstelen, anderen laten worstelen, laten worstelen, zelf laten worstelen, anderen hun eigen verantwoordelijkheid laten nemen, hun eigen verantwoordelijkheid laten nemen, anderen hun verantwoordelijkheid laten nemen, de ander zijn eigen verantwoordelijkheid laten nemen, eigen verantwoordelijkheid laten nemen, de verantwoordelijkheid bij de ander laten, verantwoordelijkheid bij de ander laten, ruimte bieden, mensen ruimte bieden, zelfredzaamheid stimuleren, zelfredzaamheid bevorderen, zelfstandigheid bevorderen, eigen regie bij de cliënt laten, eigen regie laten, de eigen regie laten, de regie bij de cliënt laten, regie bij de cliënt laten, de regie bij de ander laten, regie bij de ander laten, anderen laten beslissen, de ander laten beslissen, anderen laten kiezen, het team laten beslissen
  excess: onverschilligheid, vrijblijvendheid, laksheid, afschuiven, passiviteit, gemakzucht, doelloosheid, toegeeflijkheid, afstandelijkheid, slordigheid
  opposite-: bemoeizucht, betutteling, controlezucht, starheid, perfectionisme, verbetenheid, koppigheid, overbetrokkenheid

distortion onverschilligheid
  forms: onverschillig, onverschillige
  synonyms: ongeïnteresseerdheid, ongeïnteresseerd, het kan me niet schelen, desinteresse, laat maar waaien, onbetrokkenheid, onbetrokken, onbehulpzaam, onattent, afwimpelen, afschepen, met een kluitje in het riet sturen, afzijdig, afzijdigheid, geen interesse, niet betrokken, bagatelliseren, wegwuiven, blasé, te weinig betrokkenheid, gebrek aan betrokkenheid, te weinig aandacht, verwaarlozen, negeren, niet behulpzaam, niet geïnteresseerd, gebrek aan klantgerichtheid, geen klantgerichtheid, te weinig klantgerichtheid, gebrek aan behulpzaamheid, geen behulpzaamheid, te weinig behulpzaamheid, gebrek aan zorgzaamheid, geen zorgzaamheid, te weinig zorgzaamheid, gebrek aan nieuwsgierigheid, geen nieuwsgierigheid, te weinig nieuwsgierigheid, onattentheid, het zal me een worst wezen, het zal me worst wezen, de schouders ophalen, je schouders ophalen, schouderophalend, negen tot vijf mentaliteit, negen-tot-vijfmentaliteit, 9 tot 5 mentaliteit, geen oog voor de klant, zich nergens druk om maken, je nergens druk om maken, nergens druk om maken, zich nergens druk over maken, aan je lot overlaten, zich nergens iets van aantrekken, schijt aan alles, nergens wakker van liggen, afpoeieren, aan het lot overlaten, aan hun lot overlaten, aan zijn lot overlaten, geblaseerdheid, zoek het zelf maar uit, zoek het zelf uit, zoek het maar uit, zoek het maar lekker uit, zoek het lekker zelf uit, het zelf maar laten uitzoeken, de bel laten rinkelen, de bel laten gaan, bellen laten rinkelen, op je telefoon zitten, alleen op je telefoon zitten, in de wacht zetten en vergeten, in de wacht laten hangen, in de wacht laten staan, zonder de klant te bellen, zonder de klant te informeren, laten rinkelen, de telefoon laten rinkelen, de telefoon laten gaan, laten wachten, laat wachten, de klant laten wachten, mensen laten wachten, de patiënt laten wachten, de cliënt laten zitten, de klant laten zitten, de patiënt laten zitten, mensen laten zitten, in de steek laten, de klant in de steek laten, omdat het zijn pauze is, omdat het je pauze is, omdat hij pauze heeft, omdat ze pauze heeft, omdat ze pauze hebben, omdat zijn dienst erop zit, omdat je dienst erop zit, omdat de dienst erop zit, gewoon laten zwemmen, gewoon laat zwemmen, nieuwe collega's laten zwemmen, nieuwkomers laten zwemmen, aan de lijn laten hangen, aan de lijn laat hangen, op social media zitten, de hele dag op social media, laten bungelen, laat bungelen, de klant laten bungelen, laten barsten, de klant laten barsten, iemand laten barsten
  opposite+: behulpzaamheid, attentheid, betrokkenheid, zorgzaamheid, verantwoordelijkheidsgevoel, loyaliteit, nieuwsgierigheid, gedrevenheid, warmte, compassie, inlevingsvermogen, toewijding, enthousiasme

quality attentheid
  forms: attent, attente
  synonyms: oplettend voor anderen, oog voor de ander, aandacht voor de klant, kleine gebaren, attenties, aandachtig, aandachtige, presentie, present zijn, er zijn voor de ander, voorkomend, present, aanwezig, aandachtigheid, rekening houden met anderen, oog voor anderen, oog hebben voor anderen, tijd maken voor mensen, er zijn voor een ander, tijd nemen voor mensen, elk kind zien, ieder kind zien, oog voor iedereen, iedereen zien, aandacht voor de patiënt, aandacht voor de patiënten, aandacht voor de cliënt, aandacht voor de cliënten, aandacht voor de bewoner, aandacht voor de bewoners, aandacht voor de klanten, aandacht voor klanten, aandacht voor patiënten, aandacht hebben voor de klant, aandacht hebben voor klanten, aandacht hebben voor de klanten, aandacht hebben voor de patiënt, tijd maken voor, tijd maken voor de klant, tijd maken voor de patiënt, tijd maken voor de cliënt, tijd maken voor de bewoners, tijd nemen voor de patiënt, aandacht hebben voor je klanten, veel aandacht hebben voor je klanten, aandacht voor je klanten, aandacht hebben voor je patiënten, aandacht voor je patiënten, aandacht geven, veel aandacht geven, de kinderen aandacht geven, heel veel aandacht geven, weten wat een leerling nodig heeft, weten wat elke leerling nodig heeft, van elke leerling weten wat hij nodig heeft, weten wat elk kind nodig heeft, onthouden wat een gast drinkt, onthouden wat elke gast drinkt, onthouden wat elke vaste gast drinkt, onthouden wat de vaste gasten drinken, weten wat de vaste gasten drinken
  excess: bemoeizucht, betutteling, opdringerigheid, pleasegedrag, overbetrokkenheid, zelfopoffering, onderdanigheid
  opposite-: onverschilligheid, egoïsme, kilheid, afstandelijkheid

quality gastvrijheid
  forms: gastvrij, gastvrije
  synonyms: hospitality, gastheerschap, gastvrouwschap, je welkom laten voelen, gastvrije ontvangst, mensen op je gemak stellen, mensen welkom heten, iedereen welkom heten, een goede gastvrouw, een goede gastheer, mensen op hun gemak brengen, mensen op hun gemak kunnen stellen, gastvriendelijkheid, hospitaliteit, gastvriendelijk, gasten voelen zich thuis, gasten voelen zich meteen thuis, gasten voelen zich welkom, je thuis voelen, zich thuis voelen, zich welkom voelen, je welkom voelen, gasten ontvangen, klanten ontvangen, mensen ontvangen, gasten hartelijk ontvangen, mensen hartelijk ontvangen, bezoekers ontvangen
  excess: opdringerigheid, bemoeizucht, klefheid, zelfopoffering, grenzeloosheid, pleasegedrag
  opposite-: afstandelijkheid, kilheid, geslotenheid, egoïsme, ontoegankelijkheid

distortion opdringerigheid
  forms: opdringerig, opdringerige
  synonyms: opdringen, pushy, te dicht op de huid zitten, ongevraagd advies, de klant overvallen, hard sell, agressief verkopen, de klant overvallen met aanbiedingen, over andermans grenzen gaan, over de grenzen van een ander gaan, indringerig
  opposite+: terughoudendheid, ingetogenheid, rust, respect, bescheidenheid, geduld, discretie, luistervaardigheid

quality terughoudendheid
  forms: terughoudend, terughoudende
  synonyms: gereserveerdheid, gereserveerd, bescheiden opstellen, op de achtergrond blijven, afwachten kunnen, ingetogenheid, schoorvoetend, kunnen stil zijn, stil kunnen zijn, kunnen zwijgen, een stapje terug doen, op de achtergrond treden, je mening voor je houden, je mening voor je kunnen houden, met rust laten, gasten met rust laten, mensen met rust laten, de gasten met rust laten
  excess: afstandelijkheid, passiviteit, onverschilligheid, kleurloosheid, geslotenheid, onzekerheid, geremdheid, zwijgzaamheid, lafheid
  opposite-: opdringerigheid, dominantie, bemoeizucht, drammerigheid, ongegeneerdheid

distortion afstandelijkheid
  forms: afstandelijk, afstandelijke
  synonyms: koelheid, koel, op afstand houden, koele houding, onpersoonlijkheid, onpersoonlijk, ongastvrij, afwijzend, afhoudend, afwerend, onthecht, de patiënt als nummer, mensen als nummer behandelen, als een nummer behandelen, koeltjes, ongastvrijheid, gedistantieerd, onhartelijk, afhoudendheid, niet aankijken, geen oogcontact maken, geen oogcontact, nooit op de werkvloer komen, nooit op de werkvloer, de werkvloer nooit van dichtbij zien, ver van de werkvloer, ver van de werkvloer af staan
  opposite+: gastvrijheid, betrokkenheid, inlevingsvermogen, warmte, toegankelijkheid, openheid, zorgzaamheid, compassie

quality commerciële instelling
  forms: commercieel, commerciële
  synonyms: commercieel ingesteld, commercieel gedreven, commerciële drive, verkooptalent, verkoopgerichtheid, verkoopgericht, kansen zien om te verkopen, handelsgeest, koopmansgeest, goed kunnen verkopen, verkoper in hart en nieren, de klant binnenhalen, rendementsgericht, winstgericht
  excess: opdringerigheid, drammerigheid, berekenendheid, manipulatie, opportunisme, hebzucht, eromheen draaien
  opposite-: passiviteit, lusteloosheid, vrijblijvendheid, gemakzucht

quality vriendelijkheid
  forms: vriendelijk, vriendelijke
  synonyms: welwillendheid, welwillend, innemendheid, innemend, beminnelijkheid, beminnelijk, aardig zijn, goedheid, goedhartigheid, goedhartig, goedhartige, aardig, sympathiek, lief, lieve, minzaam, minzaamheid, minzame, omgankelijk, omgankelijkheid, prettig in de omgang, makkelijk in de omgang, liefheid, aimabel, aimabele, aardigheid, goedgezindheid, vriendschappelijkheid, supervriendelijk, vriendschappelijk, welgezind
  excess: pleasegedrag, meegaandheid, slapheid, conflictvermijding, vleierij, onderdanigheid, naïviteit, grenzeloosheid, praatzucht
  opposite-: botheid, agressiviteit, hardheid, kilheid, ongegeneerdheid, tactloosheid

distortion pleasegedrag
  forms: pleasen, pleaser, pleasend
  synonyms: iedereen tevreden willen houden, aardig gevonden willen worden, het iedereen naar de zin maken, naar iemands pijpen dansen, het iedereen naar de zin willen maken, iedereen te vriend willen houden, iedereen tevreden houden, te aardig, te lief, overvriendelijk, behaagzucht, behaagziek, overvriendelijkheid, iedereen te vriend houden, altijd aardig willen zijn, altijd aardig gevonden willen worden, naar de pijpen van de baas dansen, naar de pijpen dansen van, alles beloven, te veel beloven, gouden bergen beloven, meer beloven dan je kunt waarmaken, alles toezeggen, dingen beloven die je niet waar kunt maken, dingen beloven die je niet kunt waarmaken, gasten dingen beloven, bellers dingen beloven, klanten dingen beloven, tegen iedereen ja zeggen, ja zeggen tegen iedereen, klanten naar de mond praten, het anderen naar de zin maken, anderen naar de zin maken, ja terwijl we nee bedoelen, ja zeggen terwijl je nee bedoelt, ja zeggen maar nee bedoelen
  opposite+: directheid, eerlijkheid, assertiviteit, grenzen stellen, authenticiteit, duidelijkheid, zelfzorg

quality directheid
  synonyms: rechtdoorzee, recht door zee, zeggen waar het op staat, zeggen wat je denkt, vrijmoedigheid, vrijmoedig, feedback durven geven, geen blad voor de mond nemen, confrontatie, confronteren, confronterend, de confrontatie aangaan, confrontatie durven aangaan, feedback geven, uitgesproken, kritiek geven, benoemen, dingen benoemen, benoemen wat je ziet, zeggen wat je ziet, rondborstig, rondborstigheid, durven confronteren, durven zeggen wat je denkt, recht voor zijn raap, recht voor z'n raap, de knuppel in het hoenderhok gooien, zeggen wat je vindt, eerlijk zeggen wat je vindt, de zaak op scherp zetten, op scherp zetten, zeg wat ik denk, ik zeg wat ik denk, zeggen wat we denken, durven zeggen wat we denken, meer zeggen wat we denken, uitgesprokenheid, niet onder stoelen of banken steken, met de deur in huis vallen, feedback kunnen geven, goed feedback kunnen geven, goed feedback geven, scherpte opzoeken, de scherpte opzoeken, de scherpte durven opzoeken, scherpte durven opzoeken, geen blad voor de mond, het achterste van je tong laten zien, de vinger op de zere plek leggen, de vinger op de zere plek, zeggen als iets niet klopt, het zeggen als iets niet klopt, gewoon zeggen als iets niet klopt, het gewoon zeggen als iets niet klopt, zeggen wat er niet klopt, vaker zeggen wat je vindt, wat vaker zeggen wat je vindt, best wat vaker zeggen wat je vindt, zeggen wat we vinden, vaker zeggen wat we vinden, best wat vaker zeggen wat we vinden, het beestje bij de naam noemen, beestje bij de naam noemen, de dingen bij hun naam noemen, dingen bij de naam noemen
  excess: botheid, agressiviteit, tactloosheid, ongegeneerdheid, hardheid, simplisme, polarisatie
  opposite-: pleasegedrag, onderdanigheid, eromheen draaien, conflictvermijding, vaagheid, vleierij, meegaandheid

distortion botheid
  forms: bot, botte
  synonyms: grofheid, grof, lompheid, lomp, kortaf, ongenuanceerd, tactloosheid, botte directheid, onvriendelijkheid, onvriendelijk, onaardig, onrespectvol, respectloosheid, respectloos, kwetsend, kwetsendheid, kortafheid, nors, norsheid, bars, hork, horkerig, botterik, grofgebekt, hatelijk, hatelijkheid, kattig, kattigheid, geen respect, bullebak, snauwen, snauwerig, bits, bitsheid, vinnig, snibbig, ongenuanceerdheid, gemeenheid, gemeen zijn, gemeen doen, gemene opmerkingen, onsympathiek, botweg, katten, gebrek aan respect, gesnauw, norse, hatelijke, bitse, onaardigheid, horkerigheid, snauwerigheid, vinnigheid, snibbigheid, ruw, ruwheid, oneerbiedig, afsnauwen, schofterig, schofterigheid, hufterig, hufterigheid, hufter, lomp gedrag, niet vriendelijk, lomperik, onwellevend, onheus, gebrek aan vriendelijkheid, geen vriendelijkheid, te weinig vriendelijkheid, bitsig, bitsigheid, bokkig, bokkigheid, zonder respect, mensen voor schut zetten, voor schut zetten, iemand voor schut zetten, bruusk, bruuske, bruuskheid, stuursheid, barsheid, snijdende opmerkingen, snijdende kritiek, snijdend uit de hoek komen, stuurs zijn, stuurs doen, ongeliktheid, lomperd, snijdend, snijdende, vlijmscherp, vlijmscherpe, onbeschoftheid, onbeschoft, onbeleefdheid, onbeleefd, afbrandt, als een lastpost behandelen, behandelt als een lastpost, behandelen als een lastpost, als een lastpost zien, de deur dichtgooien, de deur voor je neus dichtgooien, de deur in je gezicht dichtgooien, afblaffen, afblaft, blaft af, blaffen af, iemand afblaffen
  opposite+: vriendelijkheid, respect, tact, diplomatie, mildheid, zachtaardigheid, beleefdheid, inlevingsvermogen

quality assertiviteit
  forms: assertief, assertieve
  synonyms: voor jezelf opkomen, mondigheid, mondig, zeggen wat je wilt, het conflict aangaan, confronterend vermogen, confrontatiedurf, confrontatiebereidheid, aanspreken op gedrag, confronteren, de confrontatie aangaan, confrontatie aangaan, voor jezelf opkomen in een conflict, aanspreken, mensen aanspreken, je uitspreken, je mening geven, opkomen voor jezelf, standpunt innemen, stelling nemen, positie innemen, je plek innemen, ruimte nemen, het gesprek aangaan, discussie aangaan, jezelf uitspreken, mening geven, gezonde brutaliteit, uitspreken wat je denkt, mondige, confrontatiebereid, conflicten aangaan, het conflict opzoeken, conflict aangaan, een conflict aangaan, het lastige gesprek voeren, het moeilijke gesprek voeren, lastige gesprekken voeren, moeilijke gesprekken voeren, iemand aanspreken, het gesprek opzoeken, voor je mening uitkomen, je mond opendoen, je mond open doen, ruimte innemen, je ruimte innemen, meer ruimte innemen, vriendelijk maar beslist, vriendelijk maar duidelijk, vriendelijk maar beslist nee zeggen, vriendelijk maar duidelijk nee zeggen, vriendelijk maar vastberaden, eigen mening geven, je eigen mening geven, een eigen mening geven, je eigen mening laten horen, conflicthantering, conflictvaardig, conflictvaardigheid, conflicten kunnen hanteren, goed met conflicten omgaan, goed met conflicten kunnen omgaan, jezelf laten horen, je laten horen, je stem laten horen, je geluid laten horen, het woord nemen, het woord durven nemen
  excess: agressiviteit, dominantie, drammerigheid, botheid, bazigheid, egoïsme, ongegeneerdheid, arrogantie, hardheid, polarisatie
  opposite-: pleasegedrag, onderdanigheid, conflictvermijding, slapheid, meegaandheid, volgzaamheid, zelfopoffering, onzekerheid

distortion agressiviteit
  forms: agressief, agressieve
  synonyms: agressie, vijandigheid, vijandig, ruziezoekerij, ruzie zoeken, aanvallend, intimidatie, conflictzucht, conflictzoekend, conflict, ruziezoekend, strijdlustig, vechtlustig, opvliegendheid, opvliegend, driftigheid, driftig, heetgebakerd, ruzieachtig, ruzieachtige, ruziezoekerig, intimiderend, explosief, explosieve, kort lontje, heethoofd, driftkop, twistziek, twistzucht, provocerend, provoceren, schelden, boosheid, snel boos, uit je slof schieten, ontploffen, snel op de kast, gauw op de kast, kortaangebonden, kwaadheid, geruzie, gekibbel, snel kwaad, gauw kwaad, explosiviteit, gewelddadig, ruzie, boos, woedend, met gestrekt been, er met gestrekt been in gaan, ruziemaker, driftbui, driftbuien, kort lont, felheid, provocatief, uitvallen naar anderen, kortaangebondenheid, heetgebakerdheid, toornig, koleriek, pestgedrag, treiterig, razen en tieren, tieren en razen, olie op het vuur, olie op het vuur gooien, schreeuwen, tieren, tegen iemand uitvallen, uitvallen tegen, op de man spelen, op de persoon spelen, drift, procederen om het procederen, eindeloos procederen, procedeerzucht, procedeerlust, nijdig, nijdigheid, conflicten opzoeken, hostiliteit, geweld, gewelddadigheid, uitschelden, onnodig escaleren, onnodig laten escaleren
  opposite+: vriendelijkheid, verbindend vermogen, diplomatie, zelfbeheersing, rust, mildheid, zachtaardigheid, geduld, tact

quality betrokkenheid
  forms: betrokken
  synonyms: toewijding, engagement, geëngageerd, hart voor de zaak, er helemaal voor gaan, naast de cliënt staan, naast de patiënt staan, naast iemand staan, je betrokken voelen, geëngageerdheid, de bewoners echt kennen, de bewoners kennen, je bewoners kennen, de cliënten echt kennen, de cliënten kennen, je cliënten kennen, de patiënten echt kennen, je patiënten kennen, je klanten kennen, je klanten goed kennen, je klanten heel goed kennen, de klanten kennen, de klanten goed kennen, je leerlingen kennen, de leerlingen kennen, vragen hoe het met iemand gaat, vaker vragen hoe het met iemand gaat, vragen hoe het met de ander gaat, je verdiepen in de klant, je verdiepen in de vraag van de klant, je verdiepen in de ander
  excess: overbetrokkenheid, partijdigheid, fanatisme, bemoeizucht, betutteling, opdringerigheid, sentimentaliteit, zelfopoffering, klefheid, controlezucht, vooringenomenheid, dramatiek
  opposite-: onverschilligheid, afstandelijkheid, kilheid, vrijblijvendheid, egoïsme

distortion overbetrokkenheid
  forms: overbetrokken
  synonyms: te betrokken, alles mee naar huis nemen, er wakker van liggen, problemen van anderen overnemen, emotioneel verstrikt raken, zich verliezen in de ander, jezelf verliezen in de ander, te veel meeleven, meegesleept worden, zich laten meeslepen, je laten meeslepen, overidentificatie, overidentificeren, zichzelf verliezen in de ander, mee naar huis nemen, werk mee naar huis nemen, het werk mee naar huis nemen, met je werk naar huis gaan, ik neem alles mee naar huis, je alles aantrekken, alles aantrekken, trek me alles aan, meegezogen worden, meezuigen, meegezogen, te dichtbij komen, kameraadje worden, kameraadje spelen, een kameraadje worden, maatje worden, vriendje worden, vriendje spelen, meehuilen met de cliënt, meehuilen met de klant, meehuilen met de patiënt, meehuilen met de bewoner, met de cliënt meehuilen, met de klant meehuilen, met de patiënt meehuilen, te lang blijven hangen bij een patiënt, te lang bij een patiënt blijven hangen, te lang hangen bij een patiënt, te lang blijven hangen bij een cliënt, te lang bij een cliënt blijven hangen, te lang blijven hangen bij een bewoner, te lang doorpraten met de patiënten, te lang doorpraten met patiënten, te lang blijven praten met de patiënt, te lang bij de patiënt blijven, er 's nachts wakker van liggen, er s nachts wakker van liggen, 's nachts wakker liggen, s nachts wakker liggen, wakker liggen van het werk, emoties overnemen, de emoties van anderen overnemen, emoties van anderen overnemen, andermans emoties overnemen, andermans gevoelens overnemen, de gevoelens van anderen overnemen, meegesleept worden door andermans emoties, meegezogen worden in andermans emoties, andermans problemen overnemen, de problemen van anderen overnemen, gevoelens overnemen, de emoties van de ander overnemen, de gevoelens van de ander overnemen, je laten meeslepen door de emoties van anderen, meegaan in andermans emoties, meegaan in de emoties van anderen, andermans pijn overnemen, de pijn van anderen overnemen, je alles persoonlijk aantrekken, alles persoonlijk nemen, verdrinken in de ander, in de ander verdrinken, verdrinken in andermans problemen, verdrinken in de problemen van anderen, verzuipen in de ander
  opposite+: professionele afstand, zakelijkheid, objectiviteit, loslaten, rationaliteit, relativeringsvermogen, grenzen stellen

quality professionele afstand
  forms: professioneel afstand houden, professioneel afstand nemen
  synonyms: professionele distantie, afstand kunnen nemen, afstand bewaren, gezonde afstand, professionele houding, afstand nemen, afstand houden, distantie, afstand, uit de situatie stappen
  excess: onverschilligheid, kilheid, afstandelijkheid, ongevoeligheid, ontoegankelijkheid
  opposite-: overbetrokkenheid, bemoeizucht, sentimentaliteit, partijdigheid

quality objectiviteit
  forms: objectief, objectieve
  synonyms: onpartijdigheid, onpartijdig, neutraliteit, neutraal, feitelijkheid, zonder aanzien des persoons, boven de partijen staan, evenwichtig oordelen, bovenpartijdig
  excess: afstandelijkheid, kilheid, onverschilligheid, ongevoeligheid
  opposite-: partijdigheid, vooringenomenheid, sentimentaliteit

distortion partijdigheid
  forms: partijdig, partijdige
  synonyms: partij kiezen, voortrekken, subjectiviteit, met twee maten meten, onobjectief, nepotisme, subjectief, onobjectieve, tendentieus, iemand de hand boven het hoofd houden, de hand boven het hoofd houden, favoritisme, niet-objectief, ons kent ons, vriendjes voortrekken
  opposite+: objectiviteit, rationaliteit, rechtvaardigheid

quality inlevingsvermogen
  forms: inlevend, inlevende, invoelend, invoelende
  synonyms: empathie, empathisch, empathische, invoelingsvermogen, empathisch vermogen, je kunnen verplaatsen in een ander, je inleven, aanvoelen wat een ander nodig heeft, compassie, perspectief nemen, verplaatsen in de ander, je verplaatsen in een ander, zich verplaatsen in een ander, je verplaatsen in de ander, in de schoenen van de ander staan, je in een ander verplaatsen, je in de ander verdiepen, je in de ander inleven
  excess: overbetrokkenheid, sentimentaliteit, meegaandheid, zelfopoffering, pleasegedrag, overgevoeligheid, partijdigheid, grenzeloosheid
  opposite-: kilheid, afstandelijkheid, ongevoeligheid, hardheid, onverschilligheid, egoïsme

distortion kilheid
  forms: kil, kille
  synonyms: gevoelloosheid, gevoelloos, ijzigheid, ijzig, emotieloosheid, emotieloos, koele kikker, afstandelijkheid, harteloosheid, harteloos, koud, ijskoud, klinisch, cerebraal, ongezellig, ongezelligheid, liefdeloos, onderkoeld, verkild, koude, liefdeloosheid, robot, robotachtig, als een robot, killigheid, zakelijk en koud, zakelijke kilte, kilte, emotionele kilte, mensen als nummers zien, mensen als nummers behandelen, mensen als een nummer zien, mensen als een nummer behandelen, mensen als cijfers zien, mensen als radertjes zien, onbewogenheid, als dossiernummer zien, als een dossiernummer zien, als een dossiernummer, als een nummer zien, als nummer zien, als nummers zien, als een nummer behandeld, behandelt als een nummer, behandelen als een nummer, als een nummertje, je een nummer voelen, alleen maar cijfers zien, alleen cijfers zien, alleen op cijfers sturen
  opposite+: inlevingsvermogen, warmte, sensitiviteit, compassie, gezelligheid, betrokkenheid, zorgzaamheid, zachtaardigheid, mensgerichtheid

quality overtuigingskracht
  forms: overtuigend, overtuigende, overtuigen, overtuigd
  synonyms: overredingskracht, overredend, mensen meekrijgen, zeggingskracht, verkoopkracht, invloed uitoefenen, argumenteren, goed kunnen argumenteren, sterk in argumenteren, goed in argumenteren, argumentatievermogen, argumentatief sterk, argumentatieve vaardigheid, sterke argumentatie, debatteren, goed kunnen debatteren, goed in debatteren, debatvaardigheid, debattalent, een debater, persuasief
  excess: drammerigheid, arrogantie, manipulatie, opdringerigheid, dominantie
  opposite-: beïnvloedbaarheid, kleurloosheid, volgzaamheid, onzekerheid, vaagheid, passiviteit

quality ontvankelijkheid
  forms: ontvankelijk, ontvankelijke
  synonyms: openstaan voor feedback, feedback kunnen ontvangen, open voor andere meningen, openstaan voor anderen, leerbaarheid, je laten overtuigen door argumenten, open staan voor anderen, open staan voor andere ideeën, open houding, openstaan, open staan, leerbaar, feedback vragen, feedback ontvangen, feedback aannemen, kritiek ontvangen, kritiek accepteren, kritiek kunnen ontvangen, kritiek aannemen, openstaan voor kritiek, leerbare, tegenspraak verdragen, tegenspraak accepteren, tegenspraak kunnen verdragen, open voor kritiek, open voor feedback, open voor nieuwe ideeën, coachbaar, coachbaarheid, leerbaar zijn, receptiviteit, tegenspraak dulden, tegenspraak toelaten
  excess: beïnvloedbaarheid, besluiteloosheid, volgzaamheid, meegaandheid, naïviteit, passiviteit
  opposite-: drammerigheid, betweterigheid, koppigheid, arrogantie, dominantie, vooringenomenheid

distortion beïnvloedbaarheid
  forms: beïnvloedbaar, beïnvloedbare
  synonyms: meewaaien met alle winden, met alle winden meewaaien, makkelijk om te praten, manipuleerbaarheid, manipuleerbaar, geen eigen mening, windvaan, geen mening, waaien met alle winden mee, zich laten inpakken, je laten inpakken, je laten ompraten, waaien met alle winden, weerhaan, windvaangedrag, windvanerij, als een windvaan, nergens een mening over hebben, geen eigen mening hebben, suggestibiliteit, je laten overrompelen, je makkelijk laten overrompelen, je snel laten overrompelen
  opposite+: overtuigingskracht, standvastigheid, zelfstandigheid, principevastheid, kritisch vermogen, onafhankelijkheid

distortion manipulatie
  forms: manipulatief, manipulatieve, manipuleren, manipuleert
  synonyms: bespelen, mensen bespelen, verborgen agenda, slinksheid, slinks, mensen iets aanpraten, machtsspel, machtsspelletjes, intrigeren, intriges, konkelen, gekonkel, mensen tegen elkaar uitspelen, verdeel en heers, mensen gebruiken, politieke spelletjes, politiek spelen, intrigant, politiek spel, spelletjes spelen, arglistig, arglistigheid, demagogisch, iets aansmeren, de klant iets aansmeren, mensen iets aansmeren, aansmeren, dubbele agenda, een dubbele agenda, klanten iets aanpraten, klanten dingen aanpraten, klanten dingen aanpraten die ze niet nodig hebben, dingen aanpraten die ze niet nodig hebben, dingen aanpraten, bedrog, bedriegen, bedrieglijk, bedrieglijkheid, oplichterij, misleiding, misleiden, misleidend, alles aanpraten, de klant alles aanpraten, mooier voorstellen dan het is, alles mooier voorstellen dan het is, mooier maken dan het is, dingen mooier voorstellen, alles mooier voorstellen
  opposite+: eerlijkheid, integriteit, openheid, directheid, authenticiteit

quality oplossingsgerichtheid
  forms: oplossingsgericht, oplossingsgerichte
  synonyms: probleemoplossend vermogen, probleemoplossend, denken in oplossingen, denken in mogelijkheden, oplossend vermogen, problemen oplossen, naar oplossingen zoeken, oplossingen zoeken, oplossingen bedenken, in oplossingen denken, alles oplossen, can-do mentaliteit, can-do houding, can do mentaliteit, goed in oplossen, goed in problemen oplossen, goed problemen kunnen oplossen, sterk in problemen oplossen, omdenken, goed kunnen omdenken, problemen omdenken, storingen oplossen, storingen snel oplossen, snel storingen oplossen, problemen snel oplossen, storingen binnen een uur oplossen, meteen oplossen, direct oplossen
  excess: overhaastheid, ondoordachtheid, drammerigheid, impulsiviteit, oppervlakkigheid, simplisme, kortzichtigheid, ongeduld, betutteling
  opposite-: overanalyseren, piekeren, negativiteit, passiviteit, besluiteloosheid

distortion overanalyseren
  forms: overanalyse, overanalyseert
  synonyms: analyseverlamming, blijven analyseren, alles willen doorgronden, blijven hangen in het probleem, paralysis by analysis, over-analyseren, analyse-paralyse, te lang nadenken, te veel nadenken, alles kapot analyseren, kapot analyseren, analysis paralysis, kapotanalyseren, blijven maar analyseren, eindeloos analyseren, verlamming door analyse, blijven hangen in problemen, in het probleem blijven hangen, in problemen blijven hangen, cijferfetisjisme, cijferfixatie, alles in cijfers willen vatten, alles in getallen willen vangen, alles in cijfers willen vangen, alles willen meten, eindeloos doorvragen, blijven doorvragen, eindeloos doorzoeken, eindeloos zoeken, eindeloos blijven zoeken, eindeloos onderzoeken, eindeloos blijven onderzoeken, blijven doorzoeken, eindeloos blijven vragen, eindeloos vragen blijven stellen, eindeloos vragen stellen, eindeloos blijven doorvragen, alleen naar de cijfers kijken, alleen naar cijfers kijken, blind staren op de cijfers, blind staren op cijfers, alles tot in detail uitzoeken, alles tot in de details uitzoeken, tot in detail uitzoeken, alles tot op de bodem willen uitzoeken, overal te diep op ingaan, te diep op ingaan, te diep ingaan
  opposite+: oplossingsgerichtheid, intuïtie, daadkracht, pragmatisme, besluitvaardigheid

quality stressbestendigheid
  forms: stressbestendig, stressbestendige
  synonyms: onverstoorbaarheid, onverstoorbaar, koelbloedigheid, koelbloedig, kalm onder druk, tegen een stootje kunnen, incasseringsvermogen, het hoofd koel houden, je hoofd koel houden, koel blijven, stoïcijns, stoïcisme, koel hoofd, een koel hoofd houden, omgaan met stress, kunnen omgaan met stress, goed omgaan met stress, omgaan met druk, werken onder druk, tegen druk kunnen, je niet laten opjagen, je niet gek laten maken, niet in paniek raken, goed onder druk werken, goed onder druk kunnen werken, onder druk kunnen werken, goed tegen druk kunnen, goed tegen stress kunnen, hoofd koel houden, een koel hoofd bewaren, koel hoofd bewaren, goed onder druk, goed presteren onder druk, presteren onder druk, koel blijven onder druk, onder druk presteren, onder druk kunnen presteren, paniekbestendigheid, koel in crisissituaties, koel onder druk, kalm blijven
  excess: ongevoeligheid, kilheid, onverschilligheid, hardheid, werkverslaving
  opposite-: overgevoeligheid, paniekerigheid, dramatiek

distortion ongevoeligheid
  forms: ongevoelig, ongevoelige
  synonyms: dikhuidigheid, dikhuidig, olifantenhuid, nergens last van hebben, niets voelen, geen empathie, gebrek aan empathie, gebrek aan inlevingsvermogen, weinig empathie, afgestompt, onaangedaan, onbewogen, niet empathisch, geen inlevingsvermogen, gebrek aan sensitiviteit, geen sensitiviteit, te weinig sensitiviteit, gebrek aan compassie, geen compassie, te weinig compassie, onempathisch, zonder empathie, zonder inlevingsvermogen, pijn negeren, je pijn negeren, pijn wegdrukken, over pijn heen walsen, over je pijn heen walsen, over je gevoel heen walsen, over je gevoelens heen walsen, je gevoelens wegdrukken, gevoelens wegdrukken, pijn wegstoppen, je pijn wegstoppen, een pantser opbouwen, een pantser optrekken, je pantseren, een harnas aantrekken, teleurstelling wegdrukken, je teleurstelling wegdrukken, verdriet wegdrukken, je verdriet wegdrukken, onaangedaanheid, niet kunnen inleven, je niet kunnen inleven, zich niet kunnen inleven, je niet kunnen verplaatsen in een ander, alsof hij er niet bij zit, alsof ze er niet bij zit, alsof ze er niet bij zitten, alsof hij er niet bij is, alsof ze er niet bij is, alsof ze er niet bij zijn, over je hoofd heen praten, over de cliënt heen praten, over de patiënt heen praten
  opposite+: sensitiviteit, inlevingsvermogen, compassie, warmte, betrokkenheid

quality sensitiviteit
  forms: sensitief, sensitieve
  synonyms: gevoeligheid, gevoelig, fijngevoeligheid, fijngevoelig, sensitief vermogen, aanvoelen wat er speelt, antenne voor sfeer, gevoel, gevoel tonen, gevoelsmens, hoogsensitief, hoogsensitiviteit, hooggevoelig, hooggevoeligheid, emotioneel, emotionaliteit, teergevoelig, teergevoeligheid, stilstaan bij verlies, stilstaan bij je verlies, verdriet toelaten, pijn toelaten, stilstaan bij je gevoel, sfeergevoelig, sfeergevoelige, sfeergevoeligheid, gevoelig voor sfeer, gevoel voor sfeer, sfeer aanvoelen, de sfeer aanvoelen, sfeerproever, de sfeer proeven, aanvoelen wat er in een groep speelt, voelen wat er speelt, tussen de regels lezen, tussen de regels door lezen, tussen de regels door kunnen lezen, fijnbesnaard, merken als iemand niet lekker in zijn vel zit, meteen merken als iemand niet lekker in zijn vel zit, zien als iemand niet lekker in zijn vel zit, aanvoelen als iemand niet lekker in zijn vel zit, merken wanneer iemand niet lekker in zijn vel zit
  excess: overgevoeligheid, sentimentaliteit, angstigheid, dramatiek
  opposite-: ongevoeligheid, kilheid, hardheid, botheid, tactloosheid

distortion overgevoeligheid
  forms: overgevoelig, overgevoelige
  synonyms: lichtgeraaktheid, lichtgeraakt, prikkelbaarheid, prikkelbaar, alles persoonlijk opvatten, snel gekwetst, emotionaliteit, beledigd, aangebrand, gepikeerd, gekwetst, emotioneel, emotionele, te emotioneel, niet tegen kritiek kunnen, slecht tegen kritiek kunnen, defensief, defensieve, defensiviteit, geprikkeld, geïrriteerd, geïrriteerdheid, stressgevoelig, verdedigend, hypergevoelig, kribbig, wrevelig, gekrenkt, te veel emotie, huilebalk, stressgevoeligheid, hypergevoeligheid, kribbigheid, wreveligheid, gevoelig voor kritiek, huilerig, gevoelig, kleinzerig, kleinzerigheid, moeite met kritiek, moeite met feedback, geprikkeldheid, kregelig, kriegelig, korzelig, snel geïrriteerd, snel geërgerd, snel beledigd, snel op je teentjes getrapt, gauw beledigd, snel geraakt, lange tenen, lange tenen hebben, overal aanstoot aan nemen, snel aangebrand, snel op je tenen getrapt, kan slecht tegen kritiek, kan niet tegen kritiek, in de verdediging schieten, snel in de verdediging schieten, op de tenen getrapt, snel op de tenen getrapt, lichtgekwetst, broosheid, fragiliteit, fragiel, onder druk bezwijken, bezwijken onder druk, prikkelig, prikkeligheid, korzeligheid, opvliegerig, geen kritiek kunnen hebben, geen kritiek kunnen verdragen, kritiek niet kunnen hebben, persoonlijk opvatten, elke klacht persoonlijk opvatten, kritiek persoonlijk opvatten, in de verdediging schiet, bij de eerste kritiek
  opposite+: stressbestendigheid, incasseringsvermogen, rationaliteit, nuchterheid, weerbaarheid, zakelijkheid, relativeringsvermogen

quality incasseringsvermogen
  forms: kunnen incasseren, incasseert
  synonyms: kritiek kunnen hebben, tegen kritiek kunnen, een stootje kunnen hebben, niet snel gekwetst, veerkracht, veerkrachtig, veerkrachtige, draagkracht, omgaan met kritiek, kunnen omgaan met kritiek, omgaan met tegenslag, omgaan met weerstand, kunnen omgaan met weerstand, tegenslag verwerken, tegenslagen verwerken, terugveren, weer opstaan, opnieuw opstaan, tegen een stootje, een brede rug hebben, een brede rug, een dikke huid hebben, tegenslag kunnen verwerken, tegenslagen kunnen verwerken, tegen een stootje kunnen
  excess: ongevoeligheid, onverschilligheid
  opposite-: overgevoeligheid, dramatiek, paniekerigheid

quality beleefdheid
  forms: beleefd, beleefde
  synonyms: hoffelijkheid, hoffelijk, fatsoen, fatsoenlijkheid, fatsoenlijk, goede manieren, correcte omgangsvormen, correctheid, correct in de omgang, wellevend, welgemanierd, netjes in de omgang, beschaafd, beschaafdheid, wellevendheid, voorkomendheid, met twee woorden spreken, galant, galante, galanterie, ridderlijk, ridderlijkheid, heusheid, welgemanierdheid
  excess: stijfheid, vleierij, pleasegedrag, afstandelijkheid, onderdanigheid, conflictvermijding
  opposite-: ongegeneerdheid, botheid, tactloosheid, agressiviteit

distortion stijfheid
  forms: stijf, stijve
  synonyms: houterigheid, houterig, formalisme, afgemetenheid, afgemeten, gekunsteldheid, gekunsteld, stugheid, stug, stugge, formalistisch, formalistische, formeel, formele, formaliteit, overdreven formeel, overbeleefd, overcorrect, stijfjes, truttig, tuttig, preuts, preutsheid, truttigheid, tuttigheid, plechtstatig, plechtstatigheid, vormelijkheid, stroefheid, deftigheid, stroef, stroeve, gemaniëreerdheid, onnatuurlijkheid, gemaniëreerd
  opposite+: spontaniteit, speelsheid, humor, luchtigheid, ontspannenheid

quality spontaniteit
  forms: spontaan, spontane
  synonyms: ongedwongenheid, ongedwongen, naturel, puurheid, vanuit het moment, in het moment leven, in het hier en nu, in het moment zijn, de dag nemen zoals hij komt, zien wat er op je pad komt, kunnen verrassen, durven verrassen, anderen verrassen, mensen verrassen, voor verrassingen zorgen, verrassend zijn, verrassend uit de hoek komen, ongekunsteldheid, in het nu leven, leven in het nu, leven in het moment, in het hier en nu leven, in het hier en nu zijn, de klant verrassen
  excess: ongegeneerdheid, impulsiviteit, wispelturigheid, chaos, onbetrouwbaarheid, ondoordachtheid, slordigheid, tactloosheid, roekeloosheid
  opposite-: stijfheid, geremdheid, starheid, berekenendheid, saaiheid, bureaucratie

distortion ongegeneerdheid
  forms: ongegeneerd, ongegeneerde
  synonyms: ongepastheid, ongepast, schaamteloosheid, schaamteloos, brutaliteit, brutaal, ongemanierd, onbehouwen, vulgair, ordinair, schreeuwerig, luidruchtig, luidruchtigheid, grensoverschrijdend, vrijpostig, vrijpostigheid, onbeschaamd, onbeschaamdheid, boers, grenzen overschrijden, lawaaierig, exhibitionistisch, exhibitionisme, onhebbelijk, onfatsoenlijk, onhebbelijkheid, schreeuwerigheid, lawaaierigheid, onfatsoenlijkheid, ongeremd, ongeremdheid, wildheid, niet respectvol, niet beleefd, gebrek aan beleefdheid, geen beleefdheid, te weinig beleefdheid, bandeloos, bandeloosheid, oneerbiedigheid, familiair, familiariteit, brutaalheid, onbehoorlijkheid, onbetamelijkheid, onheusheid, onwellevendheid, vlegelachtig, vlegelachtigheid, hondsbrutaal, onbetamelijk, onbehoorlijk, onhoffelijk, slechtgemanierd, staan te filmen, staan te gapen, ramptoerisme, ramptoerist, ramptoeristen, zonder kloppen binnenkomen, zonder te kloppen binnenkomen, zonder kloppen, zonder te kloppen
  opposite+: beleefdheid, ingetogenheid, tact, zelfbeheersing, respect

quality welbespraaktheid
  forms: welbespraakt, welbespraakte
  synonyms: communicatief vermogen, communicatief, communicatieve, communicatief sterk, communicatief vaardig, communicatieve vaardigheid, welsprekendheid, welsprekend, eloquentie, taalvaardigheid, goed kunnen praten, spraakzaam, taalvaardig, spraakzaamheid, verbaal sterk, verbaal vaardig, goed communiceren, uitdrukkingsvaardigheid, mondelinge uitdrukkingsvaardigheid, een goeie babbel hebben, een goede babbel hebben, goeie babbel, goede babbel, goed kunnen babbelen, goed in babbelen, vlot kunnen babbelen, spreekvaardigheid, spreekvaardig, presentatievaardigheid, presentatievaardigheden, een vlotte babbel, vlotte babbel, een vlotte babbel hebben, vlot gebekt, goed gebekt, welgebekt, goed van de tongriem gesneden, vlot van de tongriem, een gladde babbel hebben, vlotte prater, vlot in de omgang met woorden, schrijfvaardig, schrijfvaardigheid, goed kunnen schrijven, taalgevoel, goed kunnen presenteren, goed presenteren, presentatietalent, presentatiekunst, goed in presenteren, sterk in presenteren, goede presentator, presentator, spreektalent, een goede spreker, spreken in het openbaar, voor een groep staan, goed voor een groep staan, taaltalent, talent voor taal, goed in schrijven, sterk in schrijven, schrijftalent, een goede pen, een vlotte pen, bespraaktheid, gespreksvaardigheid
  excess: langdradigheid, praatzucht, hoogdravendheid, manipulatie, eromheen draaien
  opposite-: zwijgzaamheid, geslotenheid

distortion langdradigheid
  forms: breedsprakig, breedsprakige
  synonyms: langdradig, wijdlopigheid, wijdlopig, omhaal van woorden, niet to the point, uitweiden, oeverloos praten, eindeloos praten, breedvoerig, breedvoerigheid, te lang praten, lang van stof, lang van stof zijn, oeverloosheid, eindeloos doorpraten, blijven doorpraten, maar blijven doorpraten, breedsprakigheid, blijven uitleggen, maar blijven uitleggen, eindeloos uitleggen, te lang uitleggen, alles drie keer uitleggen, blijven maar uitleggen
  opposite+: bondigheid, luistervaardigheid, eenvoud

quality bondigheid
  forms: bondig, bondige
  synonyms: beknoptheid, beknopt, to the point, kort en krachtig, in een paar woorden, kort van stof, kernachtigheid
  excess: zwijgzaamheid, botheid, simplisme, afstandelijkheid, oppervlakkigheid
  opposite-: langdradigheid, praatzucht, omslachtigheid, vaagheid

distortion zwijgzaamheid
  forms: zwijgzaam, zwijgzame
  synonyms: woordkarigheid, woordkarig, karig met woorden, niets zeggen, stilzwijgen, te stil, stilletjes, zwijgen, stil, je mond houden, niks zeggen, niks zeggen in vergaderingen, stilzwijgendheid, in stilzwijgen hullen, je in stilzwijgen hullen, het stilzwijgen bewaren, geen woord zeggen, geen mond opendoen, je mond niet opendoen, nooit je mond opendoen, nooit zijn mond opendoen, nooit je mond open doen
  opposite+: welbespraaktheid, openheid, expressiviteit, directheid

quality luistervaardigheid
  forms: luisteren, luistert, luisterend
  synonyms: goed kunnen luisteren, luisterend oor, actief luisteren, aandachtig luisteren, luisterbereidheid, luisteraar, anderen laten uitpraten, laten uitpraten, laten uitspreken, luisterbereid, stiltes laten vallen, stiltes durven laten vallen, een stilte laten vallen, stilte laten vallen, stiltes toelaten, stiltes laten bestaan, stiltes kunnen verdragen, bellers laten uitpraten, mensen laten uitpraten, de klant laten uitpraten, iemand laten uitpraten, de beller laten uitpraten
  excess: zwijgzaamheid, passiviteit, meegaandheid, geslotenheid, kleurloosheid, volgzaamheid
  opposite-: langdradigheid, praatzucht, dominantie, betweterigheid

quality dienstbaarheid
  forms: dienstbaar, dienstbare
  synonyms: dienend, dienende houding, ten dienste staan, in dienst van de ander, dienend leiderschap, onbaatzuchtigheid, onbaatzuchtig, onbaatzuchtige, belangeloosheid, belangeloos, altruïsme, altruïstisch, altruïstische, anderen voorop stellen, anderen op de eerste plaats zetten, dienstvaardig, dienstvaardigheid, onzelfzuchtig, onzelfzuchtigheid, anderen kunnen volgen, een ander laten leiden, anderen laten leiden, je laten leiden, volger kunnen zijn
  excess: zelfopoffering, onderdanigheid, pleasegedrag, meegaandheid, grenzeloosheid, volgzaamheid, kleurloosheid
  opposite-: egoïsme, dominantie, arrogantie, bazigheid, eigenmachtigheid

distortion zelfopoffering
  forms: zelfopofferend, zelfopofferende
  synonyms: jezelf wegcijferen, zelfverloochening, over je eigen grenzen gaan, jezelf opofferen, altijd voor een ander klaarstaan, zichzelf wegcijferen, zich wegcijferen, wegcijferen, jezelf vergeten, altijd klaarstaan voor een ander, zichzelf voorbijlopen, jezelf voorbijlopen, helpersyndroom, opofferingsgezindheid, opofferingsgezind, martelaarschap, martelaar, te veel hooi op je vork nemen, hooi op je vork nemen, voor iedereen klaarstaan, altijd klaar staan, voor iedereen klaar staan, geen tijd voor jezelf, voorbijgaan aan jezelf, te veel hooi op de vork, opofferen, te veel hooi op de vork nemen, te veel hooi op je vork, veel hooi op je vork nemen, gebrek aan zelfzorg, geen zelfzorg, te weinig zelfzorg, martelaarsrol, de martelaar spelen, de kastanjes uit het vuur halen, altijd voor elkaar inspringen, altijd inspringen, voor iedereen inspringen, jezelf voorbij lopen, altijd voor iedereen klaarstaan, altijd voor iedereen klaar staan, alles op je nemen, alles op je schouders nemen, je laten uitbuiten, zich laten uitbuiten, jezelf laten uitbuiten, laten uitbuiten, uitgebuit worden, je laten gebruiken, zich laten gebruiken, jezelf laten gebruiken, je laten misbruiken, zich laten misbruiken, door je grenzen gaan, door je grenzen heen gaan, door je eigen grenzen gaan, door je eigen grenzen heen gaan, over jezelf heen lopen, over jezelf heen laten lopen
  opposite+: zelfzorg, grenzen stellen, assertiviteit

quality zelfzorg
  forms: voor jezelf zorgen, goed voor jezelf zorgen
  synonyms: zelfcompassie, op tijd rust nemen, aan jezelf denken, je eigen energie bewaken, voor jezelf kiezen, zelfliefde, zelfacceptatie, jezelf vergeven, gezond egoïsme, voor jezelf zorgen, voor zichzelf zorgen, goed voor jezelf zorgen, goed voor jezelf zijn, zorg voor jezelf, tijd voor jezelf, jezelf serieus nemen, luisteren naar jezelf, naar jezelf luisteren, lief zijn voor jezelf, kiezen voor jezelf, op tijd stoppen, op je gezondheid letten, je energie bewaken, minder hard werken, leren afschakelen, mild zijn voor jezelf, mild voor jezelf, milder zijn voor jezelf, mild naar jezelf, zacht zijn voor jezelf, je eigen ruimte bewaken, je ruimte bewaken, je eigen ruimte nemen, offline durven gaan, durven uitloggen, signalen van overbelasting serieus nemen, signalen van overbelasting herkennen, eigen behoeften serieus nemen, je eigen behoeften serieus nemen, je behoeften serieus nemen, oog voor je eigen behoeften, leren ontvangen, kunnen ontvangen, durven ontvangen, ook kunnen ontvangen, tijd nemen voor jezelf, tijd voor jezelf nemen, tijd voor jezelf maken, leren stoppen, op tijd leren stoppen
  excess: egoïsme, onverschilligheid, gemakzucht, afstandelijkheid, zelfgenoegzaamheid, ontoegankelijkheid, geslotenheid
  opposite-: zelfopoffering, pleasegedrag, grenzeloosheid, werkverslaving

distortion egoïsme
  forms: egoïstisch, egoïstische
  synonyms: zelfzucht, zelfzuchtig, egocentrisme, egocentrisch, alleen aan jezelf denken, ikke ikke ikke, eigenbelang voorop, oncollegiaal, ik-gericht, egoïst, eigenbelang, zelfgericht, zelfgerichtheid, oncollegialiteit, asociaal, asociale, baatzuchtig, baatzucht, profiteur, profiteren van anderen, egocentriciteit, geen rekening houden met anderen, zonder rekening te houden met anderen, ikkerig, ikgerichtheid, ik-gerichtheid, niet collegiaal, gebrek aan collegialiteit, geen collegialiteit, te weinig collegialiteit, profiterend, zelfzuchtigheid, alleen aan zichzelf denken, alleen aan zichzelf, ieder voor zich, iedereen voor zich, op jezelf gericht, alleen maar aan jezelf denken, baatzuchtigheid, egomaniakaal, nooit iets voor een ander over hebben, niets voor een ander over hebben, niks voor een ander over hebben, nooit iets voor een ander doen, alleen voor jezelf werken, alleen voor jezelf gaan, alleen voor je eigen belang gaan
  opposite+: dienstbaarheid, zorgzaamheid, collegialiteit, behulpzaamheid, vrijgevigheid, betrokkenheid, samenwerkingsgerichtheid, saamhorigheid

quality toegankelijkheid
  forms: toegankelijk, toegankelijke
  synonyms: benaderbaarheid, benaderbaar, laagdrempeligheid, laagdrempelig, aanspreekbaarheid, aanspreekbaar, bereikbaarheid, bereikbaar, bereikbare, genaakbaar
  excess: grenzeloosheid, meegaandheid, pleasegedrag, vrijblijvendheid, klefheid
  opposite-: ontoegankelijkheid, afstandelijkheid, arrogantie, geslotenheid

distortion ontoegankelijkheid
  forms: ontoegankelijk, ontoegankelijke
  synonyms: onbenaderbaarheid, onbenaderbaar, ongenaakbaarheid, ongenaakbaar, hoge drempel, onbereikbaarheid, onbereikbaar, ivoren toren, niet toegankelijk, niet bereikbaar, niet benaderbaar, onaanspreekbaar, nooit de telefoon opnemen, de telefoon niet opnemen, nooit opnemen, verstopt achter zijn computer, verstopt achter je computer, je verstoppen achter je computer, achter je computer verstoppen, je verschuilen achter je computer, verstopt achter zijn scherm, verstopt achter je scherm
  opposite+: toegankelijkheid, openheid, gastvrijheid, warmte

quadrant behulpzaamheid > bemoeizucht > loslaten > onverschilligheid
quadrant attentheid > bemoeizucht > loslaten > onverschilligheid
quadrant gastvrijheid > opdringerigheid > terughoudendheid > afstandelijkheid
quadrant commerciële instelling > opdringerigheid > terughoudendheid > passiviteit
quadrant vriendelijkheid > pleasegedrag > directheid > botheid
quadrant vriendelijkheid > pleasegedrag > eerlijkheid > botheid
quadrant vriendelijkheid > pleasegedrag > assertiviteit > agressiviteit
quadrant betrokkenheid > overbetrokkenheid > professionele afstand > onverschilligheid
quadrant betrokkenheid > partijdigheid > objectiviteit > afstandelijkheid
quadrant inlevingsvermogen > overbetrokkenheid > professionele afstand > kilheid
quadrant overtuigingskracht > drammerigheid > ontvankelijkheid > beïnvloedbaarheid
quadrant oplossingsgerichtheid > overhaastheid > grondigheid > overanalyseren
quadrant stressbestendigheid > ongevoeligheid > sensitiviteit > overgevoeligheid
quadrant incasseringsvermogen > ongevoeligheid > sensitiviteit > overgevoeligheid
quadrant beleefdheid > stijfheid > spontaniteit > ongegeneerdheid
quadrant welbespraaktheid > langdradigheid > bondigheid > zwijgzaamheid
quadrant luistervaardigheid > zwijgzaamheid > welbespraaktheid > langdradigheid
quadrant dienstbaarheid > zelfopoffering > zelfzorg > egoïsme
quadrant toegankelijkheid > grenzeloosheid > grenzen stellen > ontoegankelijkheid
quadrant loslaten > onverschilligheid > behulpzaamheid > bemoeizucht
quadrant loslaten > onverschilligheid > attentheid > bemoeizucht
quadrant terughoudendheid > afstandelijkheid > gastvrijheid > opdringerigheid
quadrant terughoudendheid > passiviteit > commerciële instelling > opdringerigheid
quadrant directheid > botheid > vriendelijkheid > pleasegedrag
quadrant eerlijkheid > botheid > vriendelijkheid > pleasegedrag
quadrant assertiviteit > agressiviteit > vriendelijkheid > pleasegedrag
quadrant professionele afstand > onverschilligheid > betrokkenheid > overbetrokkenheid
quadrant objectiviteit > afstandelijkheid > betrokkenheid > partijdigheid
quadrant professionele afstand > kilheid > inlevingsvermogen > overbetrokkenheid
quadrant ontvankelijkheid > beïnvloedbaarheid > overtuigingskracht > drammerigheid
quadrant grondigheid > overanalyseren > oplossingsgerichtheid > overhaastheid
quadrant sensitiviteit > overgevoeligheid > stressbestendigheid > ongevoeligheid
quadrant sensitiviteit > overgevoeligheid > incasseringsvermogen > ongevoeligheid
quadrant spontaniteit > ongegeneerdheid > beleefdheid > stijfheid
quadrant bondigheid > zwijgzaamheid > welbespraaktheid > langdradigheid
quadrant welbespraaktheid > langdradigheid > luistervaardigheid > zwijgzaamheid
quadrant zelfzorg > egoïsme > dienstbaarheid > zelfopoffering
quadrant grenzen stellen > ontoegankelijkheid > toegankelijkheid > grenzeloosheid

# ======================================================================
# Zorg en welzijn
# ======================================================================

quality zorgzaamheid
  forms: zorgzaam, zorgzame
  synonyms: zorg dragen, zorgen voor anderen, goed voor anderen zorgen, beschermend, aandacht voor anderen, zorgend, behulpzaamheid, bezorgdheid, bezorgd om anderen, verzorgend, zorgdragend, bezorgd, moederlijk, beschermendheid, steun geven, er zijn voor anderen, er voor anderen zijn, zorg, zorg dragen voor anderen, zorger, er voor de bewoners zijn, er voor de cliënten zijn, er voor de patiënten zijn, er voor de klanten zijn, er zijn voor de bewoners, er zijn voor de cliënten, er zijn voor de patiënten, hart voor de dieren, hart voor dieren, geborgenheid bieden, geborgenheid geven, een gevoel van geborgenheid
  excess: betutteling, bemoeizucht, zelfopoffering, overbetrokkenheid, pleasegedrag, controlezucht, opdringerigheid, grenzeloosheid, klefheid
  opposite-: onverschilligheid, egoïsme, kilheid, afstandelijkheid, hardheid, afschuiven

distortion betutteling
  forms: betuttelend, betuttelende, betuttelen, betuttelt
  synonyms: bemoedering, bemoederen, betuttelarij, alles overnemen, alles voor ze doen, alles voor hen doen, overbezorgdheid, overbezorgd, overbescherming, overbeschermend, overbeschermende, pamperen, als een kind behandelen, betuttelaar, moederkloek, reddersgedrag, de redder uithangen, voorkauwen, alles voorkauwen, bevoogdend, bevoogding, paternalistisch, paternalisme, moederen, verstikkend, overzorgzaam, overzorgzame, reddersrol, te veel zorg, redderssyndroom, helikopterouder, curlingouder, alles willen oplossen, alles voor anderen oplossen, voor anderen invullen, invullen voor anderen, voor een ander denken, voor anderen denken, alles uit handen nemen, het van iemand overnemen, het overnemen van anderen, dingen voor anderen oplossen, het voor anderen oplossen, problemen voor anderen oplossen, alles voor de bewoners doen, alles voor de cliënten doen, alles voor de patiënten doen, te veel overnemen, te veel uit handen nemen, te veel voor ze doen, te veel voor hen doen, voorzeggen, uit handen nemen, vertroetelen, taken uit handen nemen, zorg overnemen, de redder spelen, alles van de cliënt overnemen, taken overnemen, de cliënten alles uit handen nemen, mensen alles uit handen nemen, de bewoners alles uit handen nemen, de problemen van iedereen oplossen, iedereens problemen oplossen, andermans problemen oplossen, problemen van anderen oplossen, alles voor anderen regelen, alles voor een ander regelen, taken van anderen overnemen, het werk van anderen overnemen, werk van anderen overnemen, het van anderen overnemen, het van de ander overnemen, dingen van anderen overnemen, alles voor de patiënt doen, alles voor de cliënt doen, alles voor de bewoner doen, terwijl hij het zelf kan, terwijl ze het zelf kan, terwijl ze het zelf kunnen, op de stoel van de klant zitten, op de stoel van de klant gaan zitten, op de stoel van een ander zitten, op de stoel van de ander zitten, op andermans stoel zitten, op de stoel van de cliënt zitten, alles voor je willen invullen, alles voor je invullen, alles voor je kind regelen, alles voor je kinderen regelen, alles voor ze regelen, alles voor hen regelen, voor iedereen willen oplossen, het voor iedereen oplossen, alles voor iedereen oplossen, het voor iedereen willen oplossen, als een kleuter behandelen, als een kleuter toespreken, toespreekt als een kleuter, behandelt als een kleuter, behandelt als een kind, als tegen een kleuter praten, die ze zelf moeten doen, wat ze zelf moeten doen, wat ze zelf kunnen, die ze zelf kunnen, voor de klant regelen, voor klanten regelen, dingen voor ze regelen
  opposite+: loslaten, vertrouwen, respect, coachend vermogen, terughoudendheid

quality collegialiteit
  forms: collegiaal, collegiale
  synonyms: er voor elkaar zijn, elkaar helpen, solidariteit, solidair, kameraadschap, onderlinge steun, elkaar steunen, er altijd voor elkaar zijn, amicaal, kameraadschappelijk, kameraadschappelijkheid, anderen het succes gunnen, het een ander gunnen, anderen hun succes gunnen, anderen iets gunnen, een ander iets gunnen, elkaar iets gunnen, anderen wat gunnen, elkaar wat gunnen, elkaar het licht in de ogen gunnen, anderen het licht in de ogen gunnen, bijspringen, voor elkaar inspringen, inspringen als iemand uitvalt
  excess: zelfopoffering, meegaandheid, groepsdenken, pleasegedrag, vrijblijvendheid
  opposite-: egoïsme, eigengereidheid, eigenmachtigheid

quality warmte
  forms: warm, warme
  synonyms: hartelijkheid, hartelijk, hartelijke, menselijkheid, menselijk, liefdevol, warmhartig, warmhartigheid, liefde, liefhebbend, warmheid, liefdevolheid, cordiaal
  excess: klefheid, sentimentaliteit, overbetrokkenheid, opdringerigheid, pleasegedrag, betutteling, toegeeflijkheid
  opposite-: kilheid, afstandelijkheid, hardheid, onverschilligheid

distortion klefheid
  forms: klef, kleffe
  synonyms: plakkerigheid, plakkerig, kleverigheid, te amicaal, aanhankelijkheid, claimend, claimerig, claimgedrag, aanhankelijk, bezitterig, bezitterigheid, claimerigheid, kleverig, claimen, aanklampen, aanklamperig, possessief, possessiviteit, benauwend, te knuffelig, te familiair, te amicaal zijn, te close, amicaal doen, overdreven amicaal, kleffigheid, kleffig, kleffe, vastklampen, je vastklampen, je vastklampen aan anderen, je aan anderen vastklampen, vastklampen aan de ander
  opposite+: zakelijkheid, zelfstandigheid, onafhankelijkheid, professionele afstand

quality zakelijkheid
  forms: zakelijk, zakelijke
  synonyms: businesslike, zakelijke houding, zakelijk ingesteld, to the point werken, emotie buiten de deur houden, professionele afstand, professionaliteit, professioneel, professionele, professionele houding
  excess: kilheid, afstandelijkheid, hardheid, onverschilligheid, ongevoeligheid, stijfheid, berekenendheid
  opposite-: klefheid, overbetrokkenheid, praatzucht, sentimentaliteit, dramatiek

quality zachtaardigheid
  forms: zachtaardig, zachtaardige, zacht
  synonyms: zachtmoedigheid, zachtmoedig, zachtheid, zachte aanpak, goedaardigheid, goedmoedigheid, goedmoedig, goedmoedige, tederheid, teder, goedaardig, zachtzinnig, zachtzinnigheid
  excess: slapheid, meegaandheid, pleasegedrag, conflictvermijding, toegeeflijkheid, onderdanigheid
  opposite-: hardheid, agressiviteit, botheid, strengheid

distortion slapheid
  forms: slap, slappe
  synonyms: ruggengraatloosheid, geen ruggengraat, halfzachtheid, halfzacht, soft, softheid, te soft, slappe houding, toegeeflijkheid, slappeling, watje, ruggengraatloos, sul, doetje, te zacht, softie, weekheid, weekhartig, willoos, karakterloos, krachteloos, slapjanus, weekhartigheid, willoosheid, karakterloosheid, krachteloosheid, zwak, sullig, sulligheid, te week, willoze, gebrek aan ruggengraat, te weinig ruggengraat, zonder ruggengraat, geen gezag hebben, zachte heelmeesters maken stinkende wonden, zachte heelmeesters, tandeloosheid, tandeloos, gezagloosheid, gezagloos, met je laten sollen, met je sollen, met je laten spelen, bij de minste tegenslag opgeven, bij de eerste tegenslag opgeven, bij de minste tegenslag afhaken, bij de eerste tegenslag afhaken
  opposite+: duidelijkheid, weerbaarheid, onderhandelingsvaardigheid, principevastheid, assertiviteit, standvastigheid, grenzen stellen, daadkracht, vastberadenheid, consequentheid, directheid

quality weerbaarheid
  forms: weerbaar, weerbare
  synonyms: stevigheid, stevig, voor jezelf kunnen opkomen, je mannetje staan, je vrouwtje staan, tegengas geven, incasseringsvermogen, strijdbaar, strijdbaarheid, vechtlust, strijdvaardig, strijdvaardigheid, je niet laten kisten, van je af bijten, van je afbijten, je niet laten intimideren, zijn mannetje staan, haar mannetje staan, mentaal sterk, mentale kracht, mentale veerkracht, mentaal weerbaar, mentale hardheid, conflictbestendig, conflictbestendigheid, krachtigheid
  excess: hardheid, agressiviteit, botheid, ongevoeligheid
  opposite-: slapheid, onderdanigheid, overgevoeligheid, meegaandheid

quality rust
  forms: rustig, rustige
  synonyms: kalmte, kalm, gelijkmoedigheid, gelijkmoedig, bedaardheid, bedaard, sereniteit, sereen, evenwichtigheid, innerlijke rust, ontspannenheid, evenwichtig, evenwichtige, geruststellend, geruststellende, rust uitstralen, gelijkmatigheid, gelijkmatig, zen, balans, gecentreerd, stilte, eigen tempo, in je eigen tempo, bezadigd, bezadigdheid, een rustpunt, rustpunt, de-escaleren, de-escalerend, kalmerend, rustgevend, rustgevende, kalmheid, rustigheid, doodbedaard, doodgemoedereerd
  excess: traagheid, lusteloosheid, passiviteit, saaiheid, onverschilligheid, laksheid, gemakzucht
  opposite-: gejaagdheid, paniekerigheid, overenthousiasme, opdringerigheid, overhaastheid, rusteloosheid

distortion traagheid
  forms: traag, trage
  synonyms: sloomheid, sloom, lamlendigheid, lamlendig, langzaam, langzaamheid, tergend langzaam, stroperigheid, slome duikelaar, loom, lome, inert, inertie, stroperig, suf, sufheid, log, logheid, gezapig, gezapigheid, suffig, suffigheid, gebrek aan dynamiek, geen dynamiek, te weinig dynamiek, alles duurt te lang, het duurt te lang, niet snel, niet zo snel, niet zo vlot, niet vlot, niet echt snel, flegmatiek, flegmatisch, te lang laten duren, alles te lang laten duren, dingen te lang laten duren, uitlopen, vaak uitlopen, eindeloos laten duren, gesprekken eindeloos laten duren, gesprekken te lang laten duren, treuzelen, getreuzel, treuzelaar, alles op je gemak doen, op je gemak doen, op je gemakje, alles op je gemakje doen, dagen laten liggen, weken laten liggen, maanden laten liggen, te lang laten liggen, dagen blijft liggen, weken blijft liggen, maanden blijft liggen, dagen blijven liggen, weken blijven liggen, maanden blijven liggen, er weken over doen, weken over doen, dagen over doen, maanden over doen, er eeuwen over doen, eeuwen over doen, er een eeuwigheid over doen, een eeuwigheid over doen
  opposite+: dynamiek, alertheid, urgentiebesef, productiviteit, voortvarendheid, vernieuwingsdrang, daadkracht, efficiëntie, besluitvaardigheid

quality dynamiek
  forms: dynamisch, dynamische
  synonyms: energie, energiek, energieke, levendigheid, levendig, vitaliteit, vitaal, bruisen, bruisend, actief, actieve, sprankelend, energievol, vief
  excess: gejaagdheid, rusteloosheid, overhaastheid, overenthousiasme, impulsiviteit, chaos, versnippering
  opposite-: traagheid, passiviteit, lusteloosheid, saaiheid, behoudzucht

distortion gejaagdheid
  forms: gejaagd, gejaagde
  synonyms: jachtigheid, jachtig, hectiek, hectisch, opgejaagdheid, opgejaagd, gestrest, rusteloosheid, druk, drukte, drukdoenerij, overactiviteit, overactief, overactieve, opgefokt, overprikkeld, stress, stresserig, niet ontspannen, moeite met ontspannen, gebrek aan rust, geen rust, te weinig rust, snel gestrest, gauw gestrest, rennen en vliegen, van hot naar her rennen, van hot naar her, altijd aan staan, altijd aanstaan, nooit uit staan, jezelf opjagen, je zelf opjagen, elkaar opjagen
  opposite+: rust, geduld, ontspannenheid, bedachtzaamheid

quality alertheid
  forms: alert, alerte
  synonyms: oplettendheid, oplettend, waakzaamheid, waakzaam, opmerkzaamheid, opmerkzaam, observatievermogen, scherp opletten, controle, signaleren, signalen oppikken, goed kunnen signaleren, vroeg signaleren, kort op de bal spelen, kort op de bal, een vinger aan de pols houden, de vinger aan de pols houden, de vinger aan de pols, een oogje in het zeil houden, de boel in de gaten houden, paraatheid, paraat, paraat staan, altijd paraat, paraat zijn, direct inzetbaar, snel inzetbaar, reactievermogen, reactiesnelheid, snel reageren, scherp zijn, scherp blijven, controle houden, de controle houden, toezicht houden
  excess: gejaagdheid, pessimisme, wantrouwen, paniekerigheid, controlezucht, angstigheid
  opposite-: traagheid, naïviteit, laksheid, onverschilligheid

quality urgentiebesef
  forms: gevoel van urgentie, besef van urgentie
  synonyms: gevoel voor urgentie, urgentie voelen, snel schakelen als het moet, prioriteit durven geven, aan de bel trekken, op tijd aan de bel trekken, eerder aan de bel trekken, tijdig aan de bel trekken
  excess: paniekerigheid, gejaagdheid, overhaastheid, drammerigheid, dramatiek, impulsiviteit, kortzichtigheid, ongeduld
  opposite-: traagheid, passiviteit, laksheid, gemakzucht, lusteloosheid

distortion paniekerigheid
  forms: paniekerig, paniekerige
  synonyms: paniek zaaien, in paniek raken, alarmisme, alarmistisch, in de stress schieten, stresskip, paniekzaaier, hyperalert, paniek, panisch, snel in paniek, gauw in paniek, snel overstuur, radeloos, radeloosheid, paniekachtig
  opposite+: rust, geduld, stressbestendigheid, nuchterheid, zelfbeheersing, relativeringsvermogen

quality enthousiasme
  forms: enthousiast, enthousiaste
  synonyms: geestdrift, geestdriftig, enthousiasmeren, enthousiasmerend, aanstekelijk, bevlogenheid, aanstekelijkheid, opgetogenheid, goesting, goesting hebben, veel goesting
  excess: overenthousiasme, fanatisme, dramatiek, drammerigheid, opdringerigheid, impulsiviteit, overhaastheid, ongeduld
  opposite-: lusteloosheid, passiviteit, saaiheid, onverschilligheid, cynisme, negativiteit

distortion overenthousiasme
  forms: overenthousiast, overenthousiaste
  synonyms: drukdoenerij, te veel aanwezig, hyperactiviteit, hyperactief, niet te stoppen, overal bovenop springen, overintensiteit, fanatisme, hyper, overgemotiveerd, druktemaker, opgewonden standje, blind enthousiasme, opgewondenheid, tomeloos, tomeloze, tomeloosheid, overdonderend, overdonderende, meeslepen, je laten meeslepen, zich laten meeslepen, meegesleept worden, overdonderen
  opposite+: rust, geduld, nuchterheid, zelfbeheersing, ingetogenheid, bedachtzaamheid

distortion lusteloosheid
  forms: lusteloos, lusteloze
  synonyms: futloosheid, futloos, apathie, apathisch, gebrek aan energie, geen zin hebben, ongemotiveerdheid, ongemotiveerd, ongeïnspireerd, moedeloos, moedeloze, moedeloosheid, energieloos, demotivatie, gedemotiveerd, uitgeblust, energieloosheid, lethargie, lethargisch, niet gemotiveerd, niet enthousiast, geen motivatie, geen zin, futloze, gebrek aan enthousiasme, geen enthousiasme, te weinig enthousiasme, gebrek aan motivatie, te weinig motivatie, geen energie, te weinig energie, gebrek aan gedrevenheid, geen gedrevenheid, te weinig gedrevenheid, snel verveeld, gauw verveeld, zonder motivatie, zonder enthousiasme, mismoedig, mismoedigheid, bij de pakken neerzitten, bij de pakken gaan neerzitten, de moed laten zakken, passieloos
  opposite+: enthousiasme, bevlogenheid, gedrevenheid, dynamiek, daadkracht

quality respect
  forms: respectvol, respectvolle
  synonyms: eerbied, respect tonen, hoogachting, iemand in zijn waarde laten, gelijkwaardig behandelen, respecteren, grenzen respecteren, andermans grenzen respecteren, grenzen van anderen respecteren, de ander in zijn waarde laten, in je waarde laten, eerbiedigheid, vragen wat iemand zelf wil, vragen wat de leerling zelf wil, vragen wat de cliënt zelf wil, vragen wat de ander wil, vragen wat de ander zelf wil
  excess: onderdanigheid, volgzaamheid, afstandelijkheid, conflictvermijding, pleasegedrag, meegaandheid, stijfheid, onverschilligheid
  opposite-: botheid, dwarsliggerij, ongegeneerdheid, arrogantie, tactloosheid

distortion onderdanigheid
  forms: onderdanig, onderdanige
  synonyms: gedienstigheid, gedienstig, kruiperigheid, kruiperig, slaafsheid, slaafs, buigen voor gezag, volgzaamheid, overgedienstig, gedwee, gedweeheid, onderworpenheid, horigheid, onmondig, onmondigheid, kruipen voor de baas, kruipen voor, onderworpen, autoriteitsgevoeligheid, serviliteit, serviel, serviele
  opposite+: directheid, assertiviteit, fierheid, onafhankelijkheid, kritisch vermogen, zelfvertrouwen, zelfstandigheid

quality rationaliteit
  forms: rationeel, rationele
  synonyms: verstandelijkheid, verstandelijk, logica, met je hoofd, nuchtere blik, feitelijk denken, analytisch vermogen, objectiviteit, hoofdmens, vanuit de ratio, je ratio gebruiken, je verstand gebruiken, vanuit je hoofd
  excess: kilheid, afstandelijkheid, ongevoeligheid, overanalyseren, fantasieloosheid
  opposite-: overgevoeligheid, partijdigheid, sentimentaliteit, dramatiek, zweverigheid

quality mildheid
  forms: mild, milde
  synonyms: clementie, coulance, coulant, schappelijkheid, schappelijk, goedertierenheid, zachtaardigheid, zacht voor jezelf, zacht zijn voor jezelf
  excess: toegeeflijkheid, laksheid, slapheid, meegaandheid, naïviteit, conflictvermijding, vrijblijvendheid, inconsequentheid, willekeur, vaagheid
  opposite-: hardheid, strengheid, botheid, moralisme, onverdraagzaamheid, haatdragendheid

distortion toegeeflijkheid
  forms: toegeeflijk, toegeeflijke
  synonyms: door de vingers zien, alles goedpraten, alles toestaan, alles laten passeren, zwichten, overstag gaan, verwennen, verwennerij, permissief, permissiviteit, gedogen, gedoogcultuur, toegevend, goedpraten, toegevendheid, te veel toelaten, alles toelaten, veel te veel toelaten, oogluikend toestaan, alles tolereren, alles maar tolereren, alles gedogen, iedereen maar laten doen, iedereen zijn gang laten gaan, alles maar laten gebeuren, te veel hun gang laten gaan, hun gang laten gaan, je gang laten gaan, de leerlingen hun gang laten gaan, de kinderen hun gang laten gaan, de leerlingen te veel hun gang laten gaan, iedere klant korting geven, elke klant korting geven, iedereen korting geven, zomaar korting geven, te veel kansen geven, steeds weer een kans geven, eindeloos kansen geven, los laten rennen, los laten lopen, los laten rondrennen, wild laten rennen, wild laten rondrennen, je kind nooit nee verkopen, je kinderen nooit nee verkopen, nooit een keer nee verkopen, nooit eens nee verkopen, je kind alles laten doen, de kinderen alles laten doen, een oogje toeknijpen, een oogje dichtknijpen, oogje toeknijpen, oogje dichtknijpen
  opposite+: consequentheid, rechtvaardigheid, discipline, duidelijkheid, grenzen stellen, standvastigheid

quality consequentheid
  forms: consequent, consequente, streng, strenge
  synonyms: consistentie, consistent, lijn vasthouden, afspraak is afspraak, voorspelbaar handelen, doen wat je zegt, de regels voor iedereen hetzelfde toepassen, de regels voor iedereen gelijk toepassen, de regels op dezelfde manier toepassen, de regels voor elke burger op dezelfde manier toepassen, de regels voor iedereen op dezelfde manier toepassen, regels consequent toepassen, de regels consequent toepassen, handhaven, regels handhaven, de regels handhaven, handhavend optreden, de kwaliteit handhaven, strikt, strikte, striktheid, strikt zijn
  excess: hardheid, starheid, koppigheid, strengheid, dogmatisme, bureaucratie, saaiheid
  opposite-: toegeeflijkheid, inconsequentheid, wispelturigheid, willekeur, laksheid

quality verdraagzaamheid
  forms: verdraagzaam, verdraagzame
  synonyms: tolerantie, tolerant, tolerante, ruimte voor verschillen, anderen in je waarde laten, begrip voor andersdenkenden, inclusiviteit, diversiteit omarmen, oog voor diversiteit, open voor diversiteit, cultuursensitief, cultuursensitiviteit
  excess: grenzeloosheid, slapheid, laksheid, toegeeflijkheid, onverschilligheid, meegaandheid, conflictvermijding
  opposite-: onverdraagzaamheid, moralisme, dogmatisme, vooringenomenheid

distortion onverdraagzaamheid
  forms: onverdraagzaam, onverdraagzame
  synonyms: intolerantie, intolerant, onbegrip voor anderen, geen andere mening dulden, onbegrip, onbegripvol, geen begrip, geen tegenspraak dulden, geen tegenspraak accepteren, geen tegenspraak
  opposite+: verdraagzaamheid, mildheid, begrip, ruimdenkendheid, geduld

quality compassie
  forms: compassievol, compassievolle
  synonyms: mededogen, medeleven, meelevend, barmhartigheid, hart voor mensen, meelevendheid, troostend, troosten, troost bieden, barmhartig, meedogendheid, bewogenheid, medemenselijkheid, meevoelend, menslievend, medemenselijk, sociaal bewogen, sociale bewogenheid, maatschappelijk bewogen, maatschappelijke bewogenheid
  excess: overbetrokkenheid, sentimentaliteit, zelfopoffering, toegeeflijkheid, grenzeloosheid, slapheid
  opposite-: kilheid, hardheid, onverschilligheid

quality gezelligheid
  forms: gezellig, gezellige
  synonyms: gemoedelijkheid, gemoedelijk, jovialiteit, joviaal, sfeermaker, goede sfeer maken, sociabel, sociaal, sociale, sociaal ingesteld, gezellig in de omgang, gangmaker, sociabiliteit, met iedereen kunnen opschieten, met iedereen overweg kunnen, de sfeer goed houden, voor een goede sfeer zorgen, de sfeer erin brengen, de sfeer erin houden, supergezellig
  excess: praatzucht, oppervlakkigheid, klefheid, flauwheid, vrijblijvendheid
  opposite-: kilheid, afstandelijkheid, zwaarwichtigheid, geslotenheid, humorloosheid

distortion praatzucht
  forms: praatziek, praatzieke
  synonyms: kletserigheid, kletserig, kletskous, geklets, niet kunnen ophouden met praten, kletsmajoor, ouwehoeren, babbelaar, kletsen, veel praten, gekwebbel, geouwehoer, geleuter, kwebbel, doorpraten, blijven praten, niet stoppen met praten, veelprater, spraakwaterval, doordrammend praten, kletszucht, zeveraar, babbelen, babbelziek, praten in plaats van doen, veel praten en weinig doen, niet stil kunnen zijn, praatjes vullen geen gaatjes, veel praatjes, zeveren, te veel klappen, veel klappen, blijven klappen, te veel kletsen, de oren van het hoofd praten, iemand de oren van het hoofd praten, de klant de oren van het hoofd praten, mensen de oren van het hoofd praten, te veel praten, zendergedrag, veel zenden, doorbabbelen, blijven doorbabbelen, blijven babbelen, doorkletsen, blijven doorkletsen, blijven kletsen, doorratelen, blijven doorratelen, honderduit praten, aan één stuk door praten, aan een stuk door praten, blijven doorpraten, babbelzucht, praatachtig, praatlustig, teveel praten, teveel kletsen
  opposite+: zakelijkheid, bondigheid, luistervaardigheid, discretie

quality onderhandelingsvaardigheid
  forms: onderhandelen, onderhandelaar
  synonyms: onderhandelingstalent, goed kunnen onderhandelen, scherp onderhandelen, deals sluiten, zakendoen, de deal sluiten, een deal sluiten, de deal binnenhalen
  excess: hardheid, manipulatie, berekenendheid, drammerigheid
  opposite-: slapheid, meegaandheid, naïviteit

quadrant zorgzaamheid > betutteling > loslaten > onverschilligheid
quadrant zorgzaamheid > bemoeizucht > loslaten > onverschilligheid
quadrant zorgzaamheid > betutteling > zelfstandigheid > onverschilligheid
quadrant zorgzaamheid > zelfopoffering > zelfzorg > egoïsme
quadrant collegialiteit > zelfopoffering > zelfzorg > egoïsme
quadrant warmte > klefheid > zakelijkheid > kilheid
quadrant zakelijkheid > kilheid > inlevingsvermogen > overbetrokkenheid
quadrant zachtaardigheid > slapheid > duidelijkheid > hardheid
quadrant zachtaardigheid > slapheid > weerbaarheid > hardheid
quadrant rust > traagheid > dynamiek > gejaagdheid
quadrant alertheid > gejaagdheid > rust > traagheid
quadrant urgentiebesef > paniekerigheid > rust > traagheid
quadrant geduld > passiviteit > urgentiebesef > paniekerigheid
quadrant enthousiasme > overenthousiasme > rust > lusteloosheid
quadrant respect > onderdanigheid > directheid > botheid
quadrant sensitiviteit > overgevoeligheid > rationaliteit > kilheid
quadrant mildheid > toegeeflijkheid > consequentheid > hardheid
quadrant verdraagzaamheid > grenzeloosheid > grenzen stellen > onverdraagzaamheid
quadrant compassie > overbetrokkenheid > professionele afstand > kilheid
quadrant gezelligheid > praatzucht > zakelijkheid > kilheid
quadrant onderhandelingsvaardigheid > hardheid > compromisbereidheid > slapheid
quadrant loslaten > onverschilligheid > zorgzaamheid > betutteling
quadrant loslaten > onverschilligheid > zorgzaamheid > bemoeizucht
quadrant zelfzorg > egoïsme > zorgzaamheid > zelfopoffering
quadrant zelfzorg > egoïsme > collegialiteit > zelfopoffering
quadrant zakelijkheid > kilheid > warmte > klefheid
quadrant inlevingsvermogen > overbetrokkenheid > zakelijkheid > kilheid
quadrant duidelijkheid > hardheid > zachtaardigheid > slapheid
quadrant weerbaarheid > hardheid > zachtaardigheid > slapheid
quadrant dynamiek > gejaagdheid > rust > traagheid
quadrant rust > traagheid > alertheid > gejaagdheid
quadrant rust > traagheid > urgentiebesef > paniekerigheid
quadrant urgentiebesef > paniekerigheid > geduld > passiviteit
quadrant rust > lusteloosheid > enthousiasme > overenthousiasme
quadrant directheid > botheid > respect > onderdanigheid
quadrant rationaliteit > kilheid > sensitiviteit > overgevoeligheid
quadrant consequentheid > hardheid > mildheid > toegeeflijkheid
quadrant grenzen stellen > onverdraagzaamheid > verdraagzaamheid > grenzeloosheid
quadrant professionele afstand > kilheid > compassie > overbetrokkenheid
quadrant zakelijkheid > kilheid > gezelligheid > praatzucht
quadrant compromisbereidheid > slapheid > onderhandelingsvaardigheid > hardheid

# ======================================================================
# Onderwijs en begeleiding
# ======================================================================

quality begrip
  forms: begripvol, begripvolle
  synonyms: begrip tonen, begrip hebben, inleven in de situatie, inzicht in de ander, je in de situatie kunnen verplaatsen, begrijpend
  excess: toegeeflijkheid, meegaandheid, slapheid, naïviteit, grenzeloosheid, conflictvermijding
  opposite-: hardheid, onverdraagzaamheid, moralisme, botheid

distortion bureaucratie
  forms: bureaucratisch, bureaucratische
  synonyms: regelzucht, regeltjes, papierwerk boven mensen, regels om de regels, formalisme in procedures, bureaucraat, ambtelijk, vergaderzucht, regelwoede, te veel regels, regelneverij, paragraafjesruiter, paragraafjesruiterij, volgens het boekje, alles volgens het boekje, alles volgens de regels, procedures boven mensen, regels boven de klant, van het kastje naar de muur sturen, van het kastje naar de muur, kastje muur, de regels zijn de regels, het protocol is het protocol, computer says no, eindeloos vergaderen, alles dichtregelen, regeltjesneuker, ambtenarenmentaliteit, zich verschuilen achter regels, verschuilen achter regels, je verschuilen achter regels, zich verschuilen achter het protocol, verschuilen achter het protocol, verschuilen achter procedures, te veel vergaderen, afvinklijstjes, vinkjescultuur, afvinkgedrag, afvinkcultuur, dienstklopper, dienstklopperij, loketmentaliteit, regeltjesmentaliteit, papieren werkelijkheid, regelfetisjisme, regelfetisj, verbureaucratiseerd, paragraafruiterij, achter regels wegkruipen, wegkruipen achter regels, achter de regels wegkruipen, je achter regels verstoppen, je verschuilen achter de regels, zich verschuilen achter de regels, je verschuilen achter de procedures, je verschuilen achter het protocol, voor alles een formulier maken, voor alles een formulier, overal een formulier voor, voor alles een protocol, voor alles een protocol maken, voor alles een vergadering willen, voor alles een vergadering, overal een vergadering voor, voor alles vergaderen, overal over vergaderen, protocolslaaf, slaaf van het protocol, slaaf van de regels, protocollair, protocollaire, je achter de regels verschuilen, je achter regels verschuilen, je achter het protocol verschuilen, je achter procedures verschuilen, je achter de procedures verschuilen, vijf formulieren, tien formulieren, stapels formulieren, een stapel formulieren, eindeloos formulieren invullen, formulier na formulier, overal een procedure voor maken, overal een procedure voor, voor alles een procedure, overal een protocol voor, overal een regel voor, overal regels voor maken, je suf vergaderen, alleen het protocol afwerken, alleen het lijstje afwerken, alleen het script afwerken, voor elke kleinigheid een vergadering, voor elke kleinigheid vergaderen
  opposite+: improvisatievermogen, aanpassingsvermogen, pragmatisme, flexibiliteit, creativiteit, eenvoud

quality improvisatievermogen
  forms: improviseren, improviserend
  synonyms: improvisatietalent, improvisatie, schakelvermogen, snel kunnen schakelen, voor de vuist weg, plantrekker, plantrekkerij, je plan trekken, zijn plan trekken, zijn plan kunnen trekken, je plan kunnen trekken, het meteen regelen, het direct regelen, het gelijk regelen, snel iets regelen, meteen iets regelen, snel een oplossing regelen
  excess: chaos, ondoordachtheid, slordigheid, impulsiviteit, willekeur, versnippering, uitstelgedrag, doelloosheid
  opposite-: bureaucratie, starheid, controlezucht

quality rechtvaardigheid
  forms: rechtvaardig, rechtvaardige
  synonyms: rechtvaardigheidsgevoel, eerlijk delen, gelijke monniken gelijke kappen, rechtvaardig handelen, fairheid, fair, redelijkheid, sportiviteit, sportief, sportieve, billijk, billijkheid, gerechtigheid, gerechtigheidsgevoel, rechtvaardigheidszin
  excess: starheid, haatdragendheid, moralisme, strengheid, hardheid, dogmatisme
  opposite-: willekeur, toegeeflijkheid, opportunisme, partijdigheid, laksheid

distortion willekeur
  forms: willekeurig, willekeurige
  synonyms: arbitrariteit, arbitrair, naar believen, uitzonderingen voor iedereen, geen vaste regels, onrechtvaardigheid, onrechtvaardig, onredelijk, onredelijkheid, onrecht, onbillijkheid, onbillijk, vriendjespolitiek, de regels naar je hand zetten, de wet naar je hand zetten, regels naar je hand zetten, de regels buigen, regels buigen
  opposite+: rechtvaardigheid, betrouwbaarheid, consequentheid, structuur, principevastheid

quality flexibiliteit
  forms: flexibel, flexibele
  synonyms: souplesse, soepelheid, soepel, wendbaarheid, wendbaar, veranderbereidheid, meebewegen, inspelen op de situatie, meebuigen, veranderbereid, plooibaar, plooibaarheid, buigzaam, buigzaamheid, go with the flow, schakelen, snel schakelen, kunnen schakelen, rekkelijkheid, wendbare, met de flow meegaan, meegaan met de flow, openstaan voor omwegen, omwegen toestaan, ruimte voor omwegen, inspelen op het moment, inspelen op wat er gebeurt, creatief met regels omgaan, creatief omgaan met regels, soepel met regels omgaan, soepel omgaan met regels, verandervermogen, veranderingsbereidheid, veranderingsgezind, meebewegen met verandering, losheid, de geest van de regel zien, naar de geest van de regel handelen, de geest van de regel, de bedoeling van de regel zien, de regels losser toepassen, regels losser toepassen, de regels wat losser toepassen, losser met de regels omgaan, de regels soepeler toepassen, de regels soms wat losser toepassen
  excess: willekeur, inconsequentheid, wispelturigheid, onbetrouwbaarheid, chaos, laksheid, meegaandheid, grenzeloosheid, slordigheid, besluiteloosheid, slapheid, opportunisme, doelloosheid, beïnvloedbaarheid
  opposite-: starheid, koppigheid, bureaucratie, dogmatisme, behoudzucht

quality nieuwsgierigheid
  forms: nieuwsgierig, nieuwsgierige
  synonyms: interesse, geïnteresseerd, geïnteresseerdheid, onderzoekende houding, onderzoekend, verwondering, vragen stellen, leergierigheid, belangstelling, belangstellend, belangstellende, doorvragen, benieuwd
  excess: bemoeizucht, versnippering, opdringerigheid, loslippigheid, rusteloosheid
  opposite-: tunnelvisie, onverschilligheid, zelfgenoegzaamheid, vooringenomenheid, lusteloosheid

distortion versnippering
  forms: versnipperd, versnipperde
  synonyms: afgeleidheid, afgeleid, van de hak op de tak springen, van de hak op de tak, te veel tegelijk, overal aan beginnen, verstrooidheid, verstrooid, verstrooiing, te veel willen, vergeetachtig, vergeetachtigheid, ongeconcentreerd, concentratiegebrek, warhoofd, afwezig, met je gedachten ergens anders, afwezigheid, gebrek aan focus, geen focus, snel afgeleid, hak op de tak, moeite met prioriteren, moeite met prioriteiten stellen, moeite met afronden, moeite met focus, zonder focus, alles tegelijk willen, alles tegelijk doen, van alles oppakken en niks afmaken, overal aan beginnen en niks afmaken, te veel ballen in de lucht, dingen vergeten, alles vergeten, steeds dingen vergeten, niks afmaken, niets afmaken, nooit iets afmaken, in elk konijnenhol duiken, konijnenhol, konijnenholen, afdwalen, zijpaden, zijpaadjes, van de hoofdzaak afdwalen, fladderig, fladderen, fladderigheid, overal tegelijk mee bezig zijn, met alles tegelijk bezig zijn, overal en nergens, overal en nergens zijn, afgetrokkenheid, van onderwerp wisselen, snel van onderwerp wisselen, steeds van onderwerp wisselen, vaak van onderwerp wisselen, van het ene onderwerp naar het andere springen, van onderwerp naar onderwerp springen, van de ene taak naar de andere springen, niet kunnen focussen, slecht kunnen focussen, niet kunnen prioriteren, slecht kunnen prioriteren, geen prioriteiten kunnen stellen, niet kunnen concentreren, je niet kunnen concentreren, niet kunnen afmaken
  opposite+: focus, doelgerichtheid, overzicht, structuur, discipline

quality focus
  forms: gefocust, gefocuste, focussen
  synonyms: concentratie, geconcentreerd, concentratievermogen, gerichtheid, bij de les blijven, prioriteiten stellen, concentreren, je concentreren, prioriteren, één ding tegelijk, je niet laten afleiden, je hoofd erbij houden, je hoofd erbij, geconcentreerdheid, gefocusseerd, hoofdzaken van bijzaken scheiden, hoofd- en bijzaken scheiden, hoofdzaken en bijzaken scheiden, hoofd- van bijzaken scheiden, onderscheid maken tussen hoofd- en bijzaken, je op de hoofdzaken richten, focus op de essentie, op de essentie focussen
  excess: tunnelvisie, onverschilligheid, vakidioterie, verbetenheid, starheid
  opposite-: versnippering, chaos, rusteloosheid

distortion tunnelvisie
  forms: met tunnelvisie
  synonyms: kokervisie, oogkleppen op, eenzijdigheid, eenzijdig, blikvernauwing, geen oog voor de rest, oogkleppen, met oogkleppen op, blindstaren op cijfers, spreadsheetdenken, spreadsheet-denken, bedrijfsblindheid, targets boven alles, cijfers boven alles, geen oog voor de weg ernaartoe, alleen oog voor het doel, alleen het doel zien, alleen je eigen planning zien, alleen nog je eigen planning zien, alleen je eigen ding zien, alleen je eigen afdeling zien, nooit verder kijken dan je eigen afdeling, niet verder kijken dan je eigen afdeling
  opposite+: nieuwsgierigheid, veelzijdigheid, ruimdenkendheid, overzicht, omgevingsbewustzijn, flexibiliteit, onbevangenheid, openheid

quality veelzijdigheid
  forms: veelzijdig, veelzijdige
  synonyms: allround, breed inzetbaar, duizendpoot, generalist, van alle markten thuis, alleskunner, manusje-van-alles, veel ballen in de lucht houden, veel ballen hooghouden, multitasken, multitasking, multitasker, goed kunnen multitasken, kunnen multitasken, veel ballen tegelijk in de lucht houden, meerdere ballen in de lucht houden, veel dingen tegelijk kunnen, meerdere dingen tegelijk kunnen, goed meerdere dingen tegelijk kunnen, meerdere taken tegelijk kunnen, meerdere taken tegelijk aankunnen
  excess: versnippering, oppervlakkigheid, rusteloosheid, wispelturigheid
  opposite-: tunnelvisie, vakidioterie

quality leergierigheid
  forms: leergierig, leergierige
  synonyms: weetgierigheid, weetgierig, leerbereidheid, willen leren, ontwikkelingsgerichtheid, zin in leren, leervermogen, leerbereid, ontwikkelingsgericht, growth mindset, zelfontwikkeling, lerend vermogen, blijven leren, jezelf blijven ontwikkelen, blijven ontwikkelen, snel kunnen leren, snelle leerder, snel nieuwe dingen leren, snel dingen oppikken, groeimindset, groeigerichte mindset, een lerende houding, lerende houding, een leerhouding, alles willen weten over nieuwe technieken, alles willen weten over je vak, alles willen leren, alles willen weten over nieuwe ontwikkelingen, bijblijven in je vak, op de hoogte blijven van nieuwe technieken, alles weten over nieuwe technieken, alles weten over je vak, alles weten over nieuwe ontwikkelingen, nieuwe dingen leren, graag nieuwe dingen leren, graag leren, steeds willen bijleren, bijleren
  excess: rusteloosheid, versnippering, overanalyseren
  opposite-: zelfgenoegzaamheid, betweterigheid, vooringenomenheid, lusteloosheid, onverschilligheid

distortion rusteloosheid
  forms: rusteloos, rusteloze
  synonyms: onrust, onrustig, hijgerigheid, hijgerig, altijd iets nieuws willen, verandering om de verandering, nooit tevreden, niet kunnen stilzitten, altijd bezig, altijd druk, ongedurig, ongedurigheid, niet stil kunnen zitten, niet kunnen genieten, ontevreden, ontevredenheid, eeuwige student, veranderzucht, vernieuwingszucht, onrustigheid, springerig, niet rustig, moeite met stilzitten, van het ene idee naar het andere springen, van idee naar idee springen, altijd het nieuwste willen, steeds het nieuwste willen, elke hype volgen, achter elke hype aanlopen, elke hype achternalopen, alles anders willen, alles anders willen doen, alles willen veranderen, alles willen vernieuwen, veranderen om het veranderen, alles overboord gooien, alles overboord zetten, het kind met het badwater weggooien, het oude overboord gooien, alles weggooien wat werkt, tradities overboord gooien, elke nieuwe hype, elke hype, elk nieuw speeltje, elk nieuw framework, achter elke hype aanrennen, met elke hype meegaan
  opposite+: tevredenheid, stabiliteit, rust, geduld, focus, ontspannenheid

quality tevredenheid
  forms: tevreden
  synonyms: genoegzaamheid, dankbaarheid, tevreden zijn met wat er is, genieten van wat er is, acceptatie, accepteren, aanvaarden, aanvaarding, dankbaar, dankbare, acceptatievermogen, content zijn
  excess: zelfgenoegzaamheid, gemakzucht, passiviteit, laksheid, lusteloosheid, behoudzucht
  opposite-: rusteloosheid, eerzucht, perfectionisme, werkverslaving

distortion zelfgenoegzaamheid
  forms: zelfgenoegzaam, zelfgenoegzame
  synonyms: zelfvoldaanheid, zelfvoldaan, op je lauweren rusten, genoegen nemen met middelmaat, zesjescultuur, zesjesmentaliteit, ambitieloze, ambitieloosheid, geen ambitie, gebrek aan ambitie, snel tevreden, gebrek aan zelfkritiek, geen zelfkritiek, te weinig zelfkritiek, gebrek aan zelfreflectie, geen zelfreflectie, te weinig zelfreflectie, te snel tevreden, te snel tevreden zijn, zelfingenomenheid, zelfingenomen, met jezelf ingenomen
  opposite+: leergierigheid, ambitie, competitiviteit, zelfreflectie, nieuwsgierigheid, gedrevenheid

quality humor
  forms: humoristisch, humoristische
  synonyms: gevoel voor humor, grappig, geestigheid, geestig, relativerende humor, luchtigheid in contact, gevatheid, gevat, gevatte, zelfspot, lachen, kunnen lachen, ad rem, spitsvondig, spitsvondigheid, grappigheid, snedig, grappen maken, grapjes maken, grapjas, humorvol, humorvolle, droogkomisch
  excess: flauwheid, cynisme, kinderachtigheid, oppervlakkigheid, tactloosheid
  opposite-: humorloosheid, zwaarwichtigheid, stijfheid

distortion flauwheid
  forms: flauw, flauwe
  synonyms: lacherigheid, lacherig, melig, meligheid, overal een grap van maken, niets serieus nemen, alles belachelijk maken, alles weglachen, nergens serieus op ingaan, flauwekul, flauw gedoe, lolbroek, grappenmaker, clown, pias, onserieus, niet serieus, giechelig, clownesk, clownerie, de clown uithangen, lolbroekerij, overal een grapje van maken, overal grapjes over maken, overal een grap over maken, overal een geintje van maken, alles met een grapje afdoen, alles afdoen met een grapje, alles afdoen met een grap, flauwiteit
  opposite+: ernst, diepgang

quality ernst
  forms: serieus, serieuze
  synonyms: serieusheid, ernstigheid, serieus nemen, zwaar nemen waar het moet, gewicht geven aan wat telt, ernstig
  excess: humorloosheid, zwaarwichtigheid, stijfheid, saaiheid, piekeren, pessimisme, moralisme, dramatiek
  opposite-: flauwheid, kinderachtigheid, oppervlakkigheid

distortion humorloosheid
  forms: humorloos, humorloze
  synonyms: geen gevoel voor humor, zuurheid, zuurpruimerij, chagrijnigheid, chagrijnig, zuurpruim, geen humor, overserieus, bloedserieus, gebrek aan humor, te weinig humor, mokken, mokkend, pruilen, pruilerig, zonder humor
  opposite+: humor, speelsheid, luchtigheid, relativeringsvermogen, vrolijkheid

quality speelsheid
  forms: speels, speelse
  synonyms: spelplezier, plezier maken, lichtheid, ludiek, spelenderwijs, plezier, lol, lol maken, lol hebben, guitig, guitigheid, ondeugend, ondeugendheid, kwajongensachtig, kwajongensachtigheid
  excess: kinderachtigheid, flauwheid, oppervlakkigheid, vrijblijvendheid, laksheid
  opposite-: humorloosheid, stijfheid, zwaarwichtigheid, saaiheid

distortion kinderachtigheid
  forms: kinderachtig, kinderachtige
  synonyms: infantiliteit, infantiel, puberaal gedrag, onvolwassenheid, onvolwassen, puberaal, puberale, kinderlijk, baldadig, baldadigheid, infantilisme, puberachtig
  opposite+: ernst, verantwoordelijkheidsgevoel

quality vrolijkheid
  forms: vrolijk, vrolijke
  synonyms: opgewektheid, opgewekt, blijmoedigheid, blijmoedig, opgeruimdheid, opgeruimd, goedgehumeurd, zonnig humeur, levenslust, levenslustig, levenslustige, levensvreugde, levensplezier, joie de vivre, goedlachs, zonnig, vreugde, goedgemutst, zonnigheid, jolig, joligheid, uitgelatenheid, het zonnetje in huis, een zonnetje in huis, goedgehumeurdheid
  excess: flauwheid, oppervlakkigheid, kinderachtigheid, naïviteit
  opposite-: zwaarwichtigheid, pessimisme, negativiteit, humorloosheid

distortion zwaarwichtigheid
  forms: zwaarwichtig, zwaarwichtige
  synonyms: zwaartillendheid, zwaartillend, zwaarmoedigheid, zwaarmoedig, zwaar op de hand, alles zwaar opvatten, problematiseren, zwaar tillen, ergens zwaar aan tillen, zwaar aan tillen, niet kunnen relativeren, slecht kunnen relativeren, moeite met relativeren, moeilijk kunnen relativeren, niets kunnen relativeren
  opposite+: vrolijkheid, luchtigheid, relativeringsvermogen, humor, speelsheid

quality diepgang
  forms: diepgaand, diepgaande
  synonyms: diepzinnigheid, diepzinnig, de diepte ingaan, tot de kern komen, inhoudelijke diepgang, diepgravend, inhoudelijkheid, de diepte in gaan, de diepte opzoeken
  excess: zwaarwichtigheid, piekeren, overanalyseren, navelstaren, omslachtigheid
  opposite-: oppervlakkigheid

quality luchtigheid
  forms: luchtig, luchtige
  synonyms: luchthartigheid, luchthartig, lichtvoetigheid, lichtvoetig, met een knipoog, licht kunnen houden, relativeringsvermogen, onbezorgd, zorgeloos, zorgeloosheid, onbezorgdheid, onbekommerd, onbekommerdheid, luchtiger, het luchtiger zien, het wat luchtiger zien, het allemaal wat luchtiger zien, het luchtig houden, het luchtiger nemen
  excess: oppervlakkigheid, flauwheid, laksheid, vrijblijvendheid, onverschilligheid, kinderachtigheid
  opposite-: zwaarwichtigheid, stijfheid, humorloosheid, piekeren

quality discipline
  forms: gedisciplineerd, gedisciplineerde
  synonyms: zelfdiscipline, gedisciplineerdheid, regelmaat, volhouden wat je afspreekt, strak aan de afspraken houden, zelfgedisciplineerd
  excess: starheid, verbetenheid, werkverslaving, strengheid, controlezucht, perfectionisme, hardheid, stijfheid
  opposite-: laksheid, gemakzucht, slordigheid, chaos, willekeur, lusteloosheid

quality ontspannenheid
  forms: ontspannen
  synonyms: relaxedheid, relaxed, ontspanning, rustig aan kunnen doen, relaxte houding, gemoedsrust, genieten, kunnen genieten, genieten van het moment, rust nemen, ontspanning nemen, pauze nemen, tijd voor jezelf nemen, gas terugnemen, een tandje lager, een tandje terug, laid-back, easygoing, chill, levensgenieter, relaxt, pauzeren, onthaasten, onthaasting, laidback, durven genieten, even niks doen, niksen, lekker niksen, stoom afblazen, even stoom afblazen, wat losser worden, losser worden, het wat losser laten, losser omgaan met dingen, wat losser mogen, leren rusten, rust nemen wanneer dat nodig is
  excess: laksheid, gemakzucht, onverschilligheid, doelloosheid, lusteloosheid, passiviteit, uitstelgedrag, zelfgenoegzaamheid, vrijblijvendheid, slordigheid
  opposite-: starheid, verbetenheid, werkverslaving, gejaagdheid, perfectionisme, paniekerigheid, controlezucht

distortion inconsequentheid
  forms: inconsequent, inconsequente
  synonyms: inconsistentie, inconsistent, het ene zeggen en het andere doen, geen lijn, vandaag zo morgen zo, tweeslachtig, tweeslachtigheid, niet consequent, gebrek aan consequentheid, geen consequentheid, te weinig consequentheid, inconsequentie, elke week iets anders beloven, elke keer iets anders beloven, steeds iets anders beloven, elke keer iets anders zeggen, steeds iets anders zeggen, elke week de regels veranderen, steeds de regels veranderen, de regels steeds veranderen
  opposite+: consequentheid, structuur, betrouwbaarheid, standvastigheid, discipline

quality bedachtzaamheid
  forms: bedachtzaam, bedachtzame
  synonyms: bezonnenheid, bezonnen, weloverwogenheid, weloverwogen, eerst nadenken, tot tien tellen, reflectie voor actie, bezinning, bezinnen, eerst denken dan doen, doordenken, dingen doordenken, stilstaan bij, pas op de plaats, doordachtheid, doordacht handelen, niet over één nacht ijs gaan, niet over een nacht ijs gaan, stilstaan, doordacht, doordachte, stil staan, stil staan bij, bezint eer ge begint, bezint eer gij begint, eerst denken dan bouwen, rustig nadenken, even rustig nadenken, eerst rustig nadenken, beraden, beradenheid, afwegingen maken, goed nadenken, diep nadenken, lang nadenken, beter nadenken, nadenken voor je iets doet, nadenken voordat je iets doet, eerst nadenken voor je iets doet, eerst nadenken voordat je iets doet, nadenken voor je handelt, nadenken voordat je handelt, eerst nadenken dan doen
  excess: geremdheid, besluiteloosheid, angstigheid, lafheid, traagheid, overanalyseren, piekeren, passiviteit, berekenendheid, navelstaren, uitstelgedrag, saaiheid
  opposite-: impulsiviteit, overhaastheid, roekeloosheid, ondoordachtheid, drammerigheid

distortion impulsiviteit
  forms: impulsief, impulsieve
  synonyms: onbezonnenheid, onbezonnen, ongeremdheid, ongeremd, op impuls handelen, te snel te ver gaan, te ver gaan, ondoordachtheid, onstuimig, onstuimigheid, gebrek aan zelfbeheersing, geen zelfbeheersing, te weinig zelfbeheersing, onbeheerst, onbeheerstheid, zich laten gaan, je laten gaan, zichzelf laten gaan, onmatig, onmatigheid, mateloos, mateloosheid, zich laten leiden door emoties, je laten leiden door emoties, je laten leiden door je emoties, zich laten leiden door zijn emoties, je laten meeslepen door je emoties, heethoofdigheid
  opposite+: bedachtzaamheid, zelfbeheersing, planmatigheid, strategisch vermogen, stabiliteit, geduld, voorzichtigheid, rust, zelfreflectie, analytisch vermogen

distortion geremdheid
  forms: geremd, geremde
  synonyms: verkramptheid, verkrampt, ingehoudenheid, niet durven, jezelf inhouden, blokkeren, stijfheid, verkramping, ingehouden, niet spontaan, moeite met emoties tonen, moeite met het tonen van emoties, gebrek aan spontaniteit, geen spontaniteit, te weinig spontaniteit, bevriezen, dichtklappen onder druk, konijn in de koplampen, als een konijn in de koplampen
  opposite+: spontaniteit, expressiviteit, moed, zelfvertrouwen, speelsheid, openheid, onbevangenheid

quality zelfbeheersing
  forms: beheerst, beheerste
  synonyms: beheersing, beheerstheid, zelfcontrole, jezelf in de hand hebben, emoties kunnen reguleren, matigheid, gematigd, gematigdheid, zelfbeheerst, matiging, maat houden, met mate, maat weten te houden
  excess: geremdheid, afstandelijkheid, stijfheid, kilheid, verbetenheid, geslotenheid
  opposite-: impulsiviteit, dramatiek, sentimentaliteit, agressiviteit, ongegeneerdheid, paniekerigheid

quality expressiviteit
  forms: expressief, expressieve
  synonyms: uitdrukkingsvermogen, emoties tonen, laten zien wat je voelt, beeldend vertellen, uitbundigheid, uitbundig, extravert, extraversie, temperamentvol, zelfexpressie, flamboyant, exuberant, bewogenheid tonen, je bewogenheid tonen, laten zien dat je geraakt bent, verteltalent, vertelkunst, goed kunnen vertellen, goed in vertellen, een goede verteller, een goeie verteller, verhalenverteller, verhalen vertellen, storytelling, storyteller, emoties toelaten, je emoties toelaten, gevoelens toelaten, je gevoelens toelaten, je gevoel toelaten
  excess: dramatiek, ongegeneerdheid, opdringerigheid, ijdelheid, praatzucht
  opposite-: geremdheid, kleurloosheid, saaiheid, stijfheid, geslotenheid

distortion dramatiek
  forms: dramatisch, dramatische, dramatiseren
  synonyms: drama, aanstellerij, aanstellen, overdrijven, toneelspel, theatraal gedrag, hysterie, hysterisch, hysterische, theatraal, theatrale, melodramatisch, melodrama, overdramatiseren, overdrevenheid, theatraliteit, dramaqueen, heftigheid, overreageren, overreactie, toneel spelen, poeha, veel poeha, dik aanzetten, het dik aanzetten, aandikken, er een schepje bovenop doen, overal een schepje bovenop doen, overal een schepje bovenop, groter dan het is, groter maken dan het is, alles groter maken dan het is
  opposite+: zelfbeheersing, ingetogenheid, nuchterheid, rationaliteit, relativeringsvermogen, rust

quality ingetogenheid
  forms: ingetogen
  synonyms: stille kracht, ingetogen optreden, soberheid in presentatie, rustige uitstraling, introvert, introversie, stil, introvertheid, kuisheid
  excess: kleurloosheid, passiviteit, geremdheid, geslotenheid, zwijgzaamheid, eenzelvigheid
  opposite-: dramatiek, opdringerigheid, ongegeneerdheid, ijdelheid

distortion kleurloosheid
  forms: kleurloos, kleurloze
  synonyms: grijze muis, onzichtbaarheid, onzichtbaar, onopvallendheid, onopvallend, anonimiteit, geen smoel hebben, middelmatigheid, middelmatig, saaiheid, zich klein maken, jezelf klein maken, onzichtbaar blijven, flets, muurbloempje, overbescheiden, uitdrukkingsloos, onder de radar blijven, je klein houden, klein houden, jezelf klein houden, muurbloem, valse bescheidenheid, zonder mening, zonder eigen mening, je licht onder de korenmaat zetten, je licht onder de korenmaat, niet opvallen, in de schaduw blijven, in de schaduw staan, je klein maken, meningloos, te weinig van jezelf laten zien, weinig van jezelf laten zien, niets van jezelf laten zien, niks van jezelf laten zien, niet veel van jezelf laten zien, geen eigen inbreng, geen inbreng, weinig inbreng, weinig eigen inbreng, te weinig inbreng, te weinig eigen inbreng, geen eigen inbreng hebben, zich verschuilen in de groep, je verschuilen in de groep, verschuilen in de groep, je verschuilen achter de groep, je verschuilen achter het team, je in de groep verschuilen, zich in de groep verschuilen, je achter de groep verschuilen, je achter het team verschuilen, standpuntloosheid, standpuntloos, geen standpunt innemen, geen stelling nemen, vlakheid, emotionele vlakheid, emotioneel vlak
  opposite+: expressiviteit, charisma, zichtbaarheid, overtuigingskracht, zelfvertrouwen, authenticiteit, assertiviteit, directheid, fierheid

quality nuchterheid
  forms: nuchter, nuchtere
  synonyms: gezond verstand, boerenverstand, doe maar gewoon, met de voeten op de grond, laconiek, geaard, no-nonsense, laconiekheid, verstand, laconisme, down-to-earth
  excess: saaiheid, ongevoeligheid, kilheid, cynisme, fantasieloosheid
  opposite-: fanatisme, dramatiek, hoogdravendheid, zweverigheid, paniekerigheid, sentimentaliteit, overenthousiasme

distortion saaiheid
  forms: saai, saaie
  synonyms: eentonigheid, eentonig, voorspelbaarheid, grijsheid, sleur, doods, slaapverwekkend, oersaai, monotoon, monotone, routinematig, voorspelbaar, routinematigheid, een droog verhaal, droge kost, verveling, verveeldheid, op de automatische piloot, op de automatische piloot werken, op de automaat
  opposite+: bevlogenheid, expressiviteit, inspirerend vermogen, vernieuwingsdrang, creativiteit, humor, speelsheid, spontaniteit, avontuurlijkheid

quality bevlogenheid
  forms: bevlogen
  synonyms: passie, gepassioneerd, bezieling, bezield, vuur in je werk, hart en ziel in je werk, gedrevenheid, hartstocht, hartstochtelijk, hartstochtelijkheid, passioneel, intensiteit, vurigheid, passiegedreven, vurig, vurige, passievol, passievolle, met passie, met passie werken, vol passie, bezieldheid, gepassioneerdheid, begeesterd
  excess: fanatisme, overenthousiasme, drammerigheid, opdringerigheid, werkverslaving, zweverigheid
  opposite-: saaiheid, lusteloosheid, cynisme, onverschilligheid

distortion fanatisme
  forms: fanatiek, fanatieke
  synonyms: dweperigheid, dweperig, bezetenheid, bezeten, doordraverij, doordraven, overdrive, zendingsdrang, dwepend, dwepen, verbetenheid, overijver, obsessief, obsessieve, obsessie, geobsedeerd, extremisme, radicalisme, obsessiviteit, fundamentalistisch, radicaal, fanaat, dweepzucht, zelotisme, zeloot, fundamentalisme, radicaliteit, dweepachtig
  opposite+: nuchterheid, beschouwelijkheid, relativeringsvermogen, ontspannenheid, mildheid, ruimdenkendheid

quality waardering
  forms: waarderend, waarderende
  synonyms: complimenten geven, erkenning geven, appreciatie, positieve feedback geven, oog voor wat goed gaat, complimenteus, complimenten, successen vieren, successen samen vieren, samen vieren, mijlpalen vieren, feestvieren, je successen vieren, successen met elkaar vieren, je successen samen vieren
  excess: vleierij, naïviteit, pleasegedrag
  opposite-: negativiteit, cynisme, pietluttigheid

distortion vleierij
  forms: vleien, vleiend, vleiende
  synonyms: slijmen, slijmerigheid, slijmerig, naar de mond praten, stroopsmeren, hielenlikkerij, pleasegedrag, slijmbal, ja-zegger, kontkruiper, kontkruiperij, strooplikker, poeslief, suikerzoet, mierzoet, geslijm, hielenlikken, strooien met complimenten, complimentjes strooien, slijmjurk, flatterend, flatteus, flatteren, mooie praatjes, zoete broodjes bakken, ophemelen, loftuitingen, met iedereen meepraten, maar wat meepraten, iedereen naar de mond praten, mensen naar de mond praten, overal goed zo roepen, alleen maar complimenten geven, slijmig
  opposite+: kritisch vermogen, eerlijkheid, directheid, authenticiteit

quality kritisch vermogen
  forms: kritisch, kritische
  synonyms: kritische houding, kritische zin, kritisch denkvermogen, tegenspraak bieden, scherpte, dingen in twijfel trekken, scherpzinnigheid, scherpzinnig, scherpzinnige, scherp, scherpe blik, gezonde scepsis, tegenspreken, gezonde argwaan, onderscheidingsvermogen, oordeelsvermogen, beoordelingsvermogen, opbouwende kritiek, opbouwend kritisch, oordeelsvorming, kritiek uiten, kritiek durven uiten, kritiek kunnen uiten, opbouwende kritiek geven
  excess: negativiteit, wantrouwen, dwarsliggerij, pietluttigheid, betweterigheid, cynisme, overanalyseren, botheid
  opposite-: vleierij, naïviteit, volgzaamheid, onderdanigheid, pleasegedrag

distortion negativiteit
  forms: negativistisch, negativistische
  synonyms: negatief, negatieve, negatieve houding, zeurderigheid, zeurderig, zeuren, klagerigheid, klagerig, afkraken, altijd kritiek hebben, kritiekzucht, klagen, zeurpiet, mopperaar, mopperen, kniesoor, overkritisch, hyperkritisch, mopperkont, brompot, knorrig, klaaggedrag, ja maar, probleemdenken, in problemen denken, altijd tegen, te kritisch, querulant, criticaster, zeurkous, afbrekend, kritikaster, zemelen, zaniken, zanikerig, emmeren, mekkeren, bekritiseren, verwijten, verwijtend, geklaag, gemopper, gezanik, gezeur, gezemel, gemekker, kankeren, knorrigheid, zanikerigheid, mopperigheid, zeur, zeikerd, zuur, zuurheid, klaagzucht, azijnpisser, afkeurend, afkeuring, sacherijnig, sikkeneurig, zagerig, zaag, kritiseren, brombeer, overal iets op aan te merken, overal wat op aan te merken, zeiken, gezeik, afbranden, zagen en klagen, zagevent, alles afschieten, ideeën afschieten, overal op schieten, alles afbranden, alles neersabelen, overal gaten in schieten, zagers, zagerigheid, probleemgericht, negativisme, bij alles een probleem zien, overal een probleem in zien, overal problemen zien, overal een probleem van maken, bij alles een probleem ziet, overal een probleem in ziet, overal problemen ziet
  opposite+: waardering, optimisme, enthousiasme, vrolijkheid, oplossingsgerichtheid

quadrant begrip > toegeeflijkheid > consequentheid > hardheid
quadrant structuur > bureaucratie > improvisatievermogen > chaos
quadrant rechtvaardigheid > starheid > flexibiliteit > willekeur
quadrant nieuwsgierigheid > versnippering > focus > tunnelvisie
quadrant veelzijdigheid > versnippering > focus > tunnelvisie
quadrant leergierigheid > rusteloosheid > tevredenheid > zelfgenoegzaamheid
quadrant humor > flauwheid > ernst > humorloosheid
quadrant speelsheid > kinderachtigheid > ernst > humorloosheid
quadrant vrolijkheid > flauwheid > ernst > zwaarwichtigheid
quadrant diepgang > zwaarwichtigheid > luchtigheid > oppervlakkigheid
quadrant discipline > starheid > ontspannenheid > laksheid
quadrant consequentheid > starheid > flexibiliteit > inconsequentheid
quadrant spontaniteit > impulsiviteit > bedachtzaamheid > geremdheid
quadrant zelfbeheersing > geremdheid > spontaniteit > impulsiviteit
quadrant expressiviteit > dramatiek > zelfbeheersing > geremdheid
quadrant ingetogenheid > kleurloosheid > expressiviteit > dramatiek
quadrant nuchterheid > saaiheid > bevlogenheid > fanatisme
quadrant nuchterheid > saaiheid > expressiviteit > dramatiek
quadrant waardering > vleierij > kritisch vermogen > negativiteit
quadrant consequentheid > hardheid > begrip > toegeeflijkheid
quadrant improvisatievermogen > chaos > structuur > bureaucratie
quadrant flexibiliteit > willekeur > rechtvaardigheid > starheid
quadrant focus > tunnelvisie > nieuwsgierigheid > versnippering
quadrant focus > tunnelvisie > veelzijdigheid > versnippering
quadrant tevredenheid > zelfgenoegzaamheid > leergierigheid > rusteloosheid
quadrant ernst > humorloosheid > humor > flauwheid
quadrant ernst > humorloosheid > speelsheid > kinderachtigheid
quadrant ernst > zwaarwichtigheid > vrolijkheid > flauwheid
quadrant luchtigheid > oppervlakkigheid > diepgang > zwaarwichtigheid
quadrant ontspannenheid > laksheid > discipline > starheid
quadrant flexibiliteit > inconsequentheid > consequentheid > starheid
quadrant bedachtzaamheid > geremdheid > spontaniteit > impulsiviteit
quadrant spontaniteit > impulsiviteit > zelfbeheersing > geremdheid
quadrant zelfbeheersing > geremdheid > expressiviteit > dramatiek
quadrant expressiviteit > dramatiek > ingetogenheid > kleurloosheid
quadrant bevlogenheid > fanatisme > nuchterheid > saaiheid
quadrant expressiviteit > dramatiek > nuchterheid > saaiheid
quadrant kritisch vermogen > negativiteit > waardering > vleierij

# ======================================================================
# Techniek, ICT en productie
# ======================================================================

quality nauwkeurigheid
  forms: nauwkeurig, nauwkeurige
  synonyms: oog voor detail, detailgerichtheid, detailgericht, exactheid, exact, precies zijn, precies, gedetailleerd, gedetailleerde, tot in de puntjes, de puntjes op de i zetten, tot op de komma, tot achter de komma, tot op de cent, klopt tot op de cent, preciesheid, op de details letten, op details letten, letten op details, dat alles klopt, alles klopt
  excess: perfectionisme, pietluttigheid, traagheid, omslachtigheid
  opposite-: slordigheid, oppervlakkigheid, laksheid, chaos, overhaastheid

distortion perfectionisme
  forms: perfectionistisch, perfectionistische, perfectionist
  synonyms: alles perfect willen, nooit tevreden over eigen werk, overdreven precies, het beste is de vijand van het goede, nooit af, pietluttigheid, overengineering, over-engineering, gouden randjes, goldplating, nooit klaar, veeleisend, veeleisendheid, te precies, overzorgvuldig, overnauwkeurig, over-engineeren, de lat te hoog leggen, lat te hoog leggen, perfectiezucht, overzorgvuldige, alles goed willen doen, het goed willen doen, het altijd goed willen doen, alles honderd procent willen doen, hard voor jezelf, hard zijn voor jezelf, te hard voor jezelf, niet kunnen afronden, blijven schaven, eindeloos blijven schaven, eindeloos schaven, blijven testen, eindeloos testen, blijven maar schaven, alles moet perfect, alles moet perfect zijn, het moet perfect, het moet altijd perfect, alles moet altijd perfect zijn, alles moet altijd perfect, blijven controleren, eindeloos controleren, blijven dubbelchecken, eindeloos dubbelchecken, alles drie keer controleren, blijven maar controleren, blijven maar dubbelchecken, het nooit goed genoeg vinden, nooit goed genoeg, alles in één keer goed willen doen, alles in een keer goed willen doen, prestatiedruk, te veel prestatiedruk, maar blijven testen, eindeloos blijven testen, blijven bijschaven, blijven maar testen, alles 3x controleren, alles 3 keer controleren, alles drie keer checken, alles 3x checken, alles vier keer controleren, alles tien keer controleren, alles honderd keer controleren, alles eindeloos controleren, eindeloos blijven controleren, niets is goed genoeg, niks is goed genoeg, nooit iets goed genoeg vinden, het moet altijd beter, alles moet altijd beter, drie keer controleren, drie keer checken, 3 keer controleren, 3x controleren, drie keer nakijken, tien keer controleren, honderd keer controleren, alles tot in de puntjes willen regelen, tot in de puntjes willen regelen, alles tot in de puntjes willen hebben, alles tot in de puntjes willen doen, drie keer willen zien, alles drie keer willen zien, tien keer herschrijven, drie keer herschrijven, eindeloos herschrijven, blijven herschrijven, te streng voor jezelf
  opposite+: pragmatisme, relativeringsvermogen, loslaten, flexibiliteit, ontspannenheid, efficiëntie, tevredenheid

quality overzicht
  forms: overzicht houden, overzicht bewaren
  synonyms: helikopterview, helicopterview, het grote geheel zien, het totaalplaatje zien, overzichtelijk werken, de grote lijnen zien, grote lijnen zien, in grote lijnen denken, oog voor de grote lijn, hoofdlijnen, overzien, grote lijnen, de grote lijn, het grote geheel, het grote plaatje, systeemdenken, systemisch denken, alles op een rijtje hebben, alles op een rij hebben, dingen op een rijtje zetten, breed kijken, breder kijken, breed denken, spelinzicht, goed spelinzicht
  excess: oppervlakkigheid, vaagheid, slordigheid
  opposite-: pietluttigheid, chaos, tunnelvisie

quality vakmanschap
  forms: vakkundig, vakkundige, vakbekwaam
  synonyms: vakkundigheid, vakbekwaamheid, ambachtelijkheid, ambachtelijk, kwaliteitsbewustzijn, kwaliteitsgerichtheid, trots op je werk, deskundigheid, technisch inzicht, technisch vaardig, technisch sterk, kwaliteitsbewust, kwaliteitsbewuste, kwaliteitsgericht, vakman, vakvrouw, hoge eisen stellen, de lat hoog leggen, lat hoog leggen, hoge eisen, technisch, bedrevenheid, hoge standaard, hoge normen, hoge kwaliteitseisen, gouden handjes, gouden handen, beroepsbekwaamheid, beroepsfierheid, hoge verwachtingen, hoge verwachtingen hebben, hoge verwachtingen stellen, strak werk afleveren, strak werk leveren, net werk afleveren, netjes werk afleveren, goed werk afleveren, vakwerk, vakwerk leveren, vakwerk afleveren, technische diepgang, technische kennis, technische expertise, technisch onderlegd
  excess: perfectionisme, pietluttigheid, vakidioterie, betweterigheid, starheid
  opposite-: slordigheid, oppervlakkigheid, laksheid

quality deskundigheid
  forms: deskundig, deskundige
  synonyms: expertise, vakkennis, kennis van zaken, specialisme, specialist, vakinhoudelijke kennis, bekwaam, bekwaamheid, competent, competentie, kundig, expert, kundigheid, kennis, belezenheid, vakinhoudelijk, inhoudelijk sterk, inhoudelijke kennis, capabel, veel kennis, veel kennis hebben, weten waar we het over hebben, specialistisch, handelingsbekwaam, handelingsbekwaamheid, pedagogisch inzicht, pedagogische vaardigheden, regelkennis, kennis van de regels, kennis van regels, kennis van wet- en regelgeving, wetskennis, juridische kennis, procedurekennis, dossierkennis, materiekennis, kennis van de materie, juridisch inzicht, dossiervast, dossiervastheid, feitenkennis, pedagogisch sterk, pedagogisch vaardig, pedagogisch bekwaam, didactisch sterk, didactische vaardigheden, elke plant kennen, elke plant in de winkel kennen, alles weten over planten, weten wat er mis is, altijd weten wat er mis is, weten wat er mis is met een zieke plant, weten wat er mis is met een zieke roos
  excess: vakidioterie, betweterigheid, arrogantie, tunnelvisie, omslachtigheid
  opposite-: oppervlakkigheid, slordigheid

distortion vakidioterie
  forms: vakidioot
  synonyms: vakidiotie, alleen je eigen vak zien, specialistenblik, in je eigen vakjargon praten, vakjargon, jargon, alleen techniek zien, geen oog voor de gebruiker, beroepsblindheid, met je neus in de boeken
  opposite+: veelzijdigheid, overzicht, nieuwsgierigheid, ruimdenkendheid, klantgerichtheid

distortion betweterigheid
  forms: betweterig, betweterige, betweter
  synonyms: wijsneuzerij, wijsneus, alles beter weten, altijd gelijk willen hebben, belerend, pedanterie, pedant, pedante, belerendheid, belerende, schoolmeesterachtigheid, schoolmeesterachtig, schoolmeesterachtige, schoolmeester, overal een mening over hebben, gelijkhebberig, gelijkhebberigheid, gelijkhebber, het laatste woord willen hebben, besserwisser, weet-al, het beter weten, het altijd beter weten, weetal, altijd discussiëren, eindeloos discussiëren, overal over discussiëren, de discussie aangaan over alles, overal een mening over, know-it-all, alwetend, alwetendheid, altijd het laatste woord willen, altijd het laatste woord, het laatste woord hebben, eindeloos uitleggen, blijven uitleggen, te veel uitleggen, alles willen uitleggen, je gelijk halen, gelijk willen krijgen, wijsneuzig, wijsneuzigheid, neuswijsheid, waanwijsheid, je gelijk willen halen, gelijk willen halen, je gelijk doordrukken, overal commentaar op hebben, overal wat van vinden, overal commentaar op geven, elke discussie willen winnen, elke discussie winnen, alles wat je zegt in twijfel trekken, alles wat ik zeg in twijfel trekken
  opposite+: bescheidenheid, ontvankelijkheid, leergierigheid, luistervaardigheid, ruimdenkendheid, respect

quality analytisch vermogen
  forms: analytisch, analytische, analyseren
  synonyms: analysevermogen, logisch denken, logisch denkvermogen, probleemanalyse, logisch, logica, logisch redeneren, cijfermatigheid, cijfermatig, cijfermatige, cijfermatig inzicht, goed met cijfers, rekenvaardigheid, rekenvaardig, denkkracht, intelligent, intelligentie, slim, slimme, pienter, denkvermogen, analist, slimheid, abstractievermogen, conceptueel denken, schrander, schranderheid, conceptueel vermogen, onderbouwen met feiten, met feiten onderbouwen, feitelijk onderbouwen, onderbouwd werken, rekentalent, cijfertalent, talent voor cijfers, goed in cijfers, goed in rekenen, goed kunnen rekenen, sterk in cijfers, cijferknobbel, een cijferknobbel, juridisch denken, juridisch denkvermogen, onderzoeksvaardigheid, onderzoeksvaardigheden, abstract denken, abstract denkvermogen, financieel inzicht, financieel sterk, verbanden zien, verbanden leggen, verbanden kunnen leggen, verbanden kunnen zien, patronen herkennen, patronen zien, samenhang zien, onderbouwen, onderbouwing, goed onderbouwen, beslissingen onderbouwen, keuzes onderbouwen
  excess: overanalyseren, besluiteloosheid, piekeren, afstandelijkheid, kilheid, pietluttigheid, omslachtigheid
  opposite-: ondoordachtheid, impulsiviteit, chaos, zweverigheid, overhaastheid

quality intuïtie
  forms: intuïtief, intuïtieve
  synonyms: buikgevoel, onderbuikgevoel, aanvoelen, gevoelsmatig handelen, op gevoel werken, op je gevoel vertrouwen, op je gevoel afgaan, je gevoel volgen, op je intuïtie vertrouwen, gevoelsmatig, op gevoel, op je gevoel varen, je hart volgen, je buik volgen, op je buik varen
  excess: ondoordachtheid, zweverigheid, impulsiviteit, willekeur, vaagheid, vooringenomenheid, oppervlakkigheid
  opposite-: overanalyseren, pietluttigheid

quality vernieuwingsdrang
  forms: vernieuwend, vernieuwende, vernieuwen
  synonyms: innovativiteit, innovatief, innovatieve, innovatiekracht, innovatievermogen, vooruitstrevendheid, vooruitstrevend, durven experimenteren, nieuwe wegen inslaan, experimenteel, experimenteren, verandering omarmen, nieuwe dingen proberen, innoveren, veranderingsgezind, veranderingsgezindheid, verbeteren, verbeterdrang, continu verbeteren, dingen willen verbeteren, dingen anders aanpakken, nieuwe dingen uitproberen, vernieuwingsgezind, vernieuwingsgezindheid, disruptief, disruptief denken, innovatiedrang, innovatiegerichtheid, innovatiegericht, vernieuwingskracht, verandering brengen, veranderingen doorvoeren, verandering teweegbrengen, verandering, veranderingen
  excess: rusteloosheid, willekeur, zweverigheid, impulsiviteit, chaos, wispelturigheid, versnippering
  opposite-: behoudzucht, saaiheid, starheid, traagheid, bureaucratie

quality stabiliteit
  forms: stabiel, stabiele
  synonyms: bestendigheid, bestendig, continuïteit, solide basis, rust in de organisatie, zekerheid bieden, veiligheid, zekerheid, houvast, vastigheid, een veilige omgeving creëren, een veilige omgeving bieden, een rots in de branding, rots in de branding, een rots, bewaren wat goed is, behouden wat goed is, behouden wat werkt, bewaren wat werkt, koesteren wat goed is, consolideren, consolidatie, verstevigen wat er is, bewezen methodes gebruiken, bewezen methoden gebruiken, beproefde methodes gebruiken, beproefde methoden gebruiken, bewezen methodes, beproefde methodes, voortbouwen op wat werkt, traditiebewust, traditiebewuste, traditiebewustzijn, respect voor traditie, respect voor tradities, oog voor traditie, oog voor tradities, tradities koesteren, tradities in ere houden, tradities bewaken, tradities bewaren, hechten aan tradities
  excess: behoudzucht, traagheid, starheid, saaiheid, koppigheid, bureaucratie
  opposite-: rusteloosheid, impulsiviteit, wispelturigheid, chaos, willekeur, onbetrouwbaarheid

distortion behoudzucht
  forms: behoudend, behoudende
  synonyms: conservatisme, conservatief, vastgeroestheid, vastgeroest, zo doen we het hier altijd, vasthouden aan het oude, angst voor verandering, stilstand, stagnatie, vastroesten, alles bij het oude laten, behoudendheid, ouderwets, veranderingsangst, weerstand tegen verandering, vasthouden aan het bekende, burgerlijk, burgerlijkheid, kleinburgerlijk, kleinburgerlijkheid, conventioneel, stilstaan, kneuterig, kneuterigheid, traditioneel, moeite met verandering, moeite met veranderingen, moeite met vernieuwing, ingesleten patronen, vast in patronen, vastzitten in patronen, gewoontedier, bang voor verandering, bang voor veranderingen, bang voor het nieuwe, vastzitten in oude patronen, vastzitten in oude gewoontes, zo doen we het nu eenmaal, zo doen we het hier nu eenmaal, dat hebben we altijd zo gedaan, we hebben het altijd zo gedaan, niet willen veranderen, zoals het altijd ging, zoals het altijd gegaan is, zoals we het altijd deden, alles doen zoals het altijd ging, het altijd zo doen, stoffig, stoffigheid, vasthouden aan hoe het altijd ging, vasthouden aan hoe het altijd was, aartsconservatief, behoudsgezind, oerconservatief, nooit iets nieuws willen proberen, niets nieuws willen proberen, niks nieuws willen proberen, nooit iets nieuws proberen, niks nieuws willen, niets nieuws willen, vasthouden aan het verleden, vasthouden aan oude gewoontes, vasthouden aan oude gewoonten, vasthouden aan gewoontes, vasthouden aan tradities, vasthouden aan het vertrouwde, vasthouden aan wat vertrouwd is, vasthouden aan oude patronen, te lang vasthouden, vasthouden aan hoe het altijd gaat, alles bij het oude willen laten, alles bij het oude wil laten, het bij het oude laten, bij het oude laten, elke verandering tegenhouden, veranderingen tegenhouden, elke vernieuwing tegenhouden, alles bij het oude houden, het bij het oude houden, hangen in oude patronen, in oude patronen blijven hangen, terugvallen in oude patronen, in oude patronen terugvallen
  opposite+: vernieuwingsdrang, avontuurlijkheid, onbevangenheid, flexibiliteit, creativiteit, nieuwsgierigheid, ondernemingszin

quality avontuurlijkheid
  forms: avontuurlijk, avontuurlijke
  synonyms: avontuur, ontdekkingszin, het onbekende opzoeken, risico durven nemen, pioniersgeest, pionier, uit je comfortzone, uit je comfortzone stappen, uit je comfortzone komen, reislustig
  excess: rusteloosheid, roekeloosheid, impulsiviteit, ondoordachtheid, bindingsangst, onbetrouwbaarheid
  opposite-: behoudzucht, angstigheid, saaiheid

quality standvastigheid
  forms: standvastig, standvastige
  synonyms: pal staan, ruggengraat, voet bij stuk houden, je rug recht houden, koers houden, vastberadenheid, koersvast, onverzettelijk, onverzettelijkheid, onwrikbaar, standhouden, stand houden, onwankelbaar, je poot stijf houden, poot stijf houden, bij je standpunt blijven, je niet laten ompraten, niet van je standpunt afwijken, koersvastheid, onverwrikbaar, onverzetbaar, van stavast
  excess: starheid, koppigheid, dogmatisme, verbetenheid, onverdraagzaamheid, strengheid, hardheid
  opposite-: wispelturigheid, meegaandheid, slapheid, beïnvloedbaarheid, opportunisme

distortion wispelturigheid
  forms: wispelturig, wispelturige
  synonyms: veranderlijkheid, veranderlijk, grilligheid, grillig, onvoorspelbaarheid, onvoorspelbaar, steeds van mening veranderen, inconsequentheid, humeurigheid, humeurig, humeurige, onberekenbaarheid, onberekenbaar, onberekenbare, labiel, labiliteit, emotioneel labiel, instabiel, instabiliteit, nukkig, stemmingswisselingen, wisselende stemmingen, onevenwichtig, onevenwichtigheid, nukkigheid, wisselvallig, wisselvalligheid, zwabberen, zwalken, van mening veranderen, niet standvastig, gebrek aan standvastigheid, geen standvastigheid, te weinig standvastigheid, onstandvastig, onstandvastigheid, van gedachten blijven wisselen, steeds van gedachten veranderen, steeds van mening wisselen, jantje-lacht-jantje-huilt, onvastheid, elke dag alles omgooien, steeds alles omgooien, om de haverklap veranderen, om de haverklap iets anders, steeds van koers veranderen, om de haverklap van koers veranderen
  opposite+: standvastigheid, orde, doorzettingsvermogen, consequentheid, betrouwbaarheid, stabiliteit, focus, vastberadenheid, structuur

quality orde
  forms: ordelijk, ordelijke, ordenend, ordenen
  synonyms: ordelijkheid, netheid, netjes, opgeruimd werken, alles op zijn plek, ordening, structuur, geordend, geordende, opruimen, keurig, keurigheid, proper, properheid, geordendheid
  excess: starheid, pietluttigheid, bureaucratie, controlezucht, perfectionisme
  opposite-: wispelturigheid, chaos, slordigheid, laksheid

quality planmatigheid
  forms: planmatig, planmatige, plannen
  synonyms: planning, organisatietalent, organisatievermogen, georganiseerd, vooruit plannen, goed kunnen plannen, structuur, vooruitdenken, vooruit denken, anticiperen, organiseren, organisatorisch, regelaar, regeltalent, goed kunnen regelen, organisator, voorbereiden, voorbereid, goed voorbereid, tijdmanagement, timemanagement, tijd plannen, een plan maken, plannen maken, een plan van aanpak maken, dingen regelen, alles geregeld hebben, goed met tijd omgaan, goed met je tijd omgaan, je tijd goed indelen, tijd goed indelen, een regelaar, goed in regelen, planningsvermogen, planningsvaardigheid, logistiek inzicht, logistiek denken, logistiek sterk, vooruit werken, vooruitwerken, op tijd beginnen, op tijd starten, georganiseerdheid, stap voor stap werken, stapsgewijs werken
  excess: starheid, bureaucratie, controlezucht, pietluttigheid, perfectionisme
  opposite-: chaos, impulsiviteit, wispelturigheid, willekeur

quality betrouwbaarheid
  forms: betrouwbaar, betrouwbare
  synonyms: op aan kunnen, je kunt erop bouwen, afspraken nakomen, woord houden, trouw aan afspraken, solide, soliditeit, je aan afspraken houden, zich aan afspraken houden, vertrouwenwekkend, geloofwaardig, geloofwaardigheid, afspraken, beloftes nakomen, beloften nakomen, je beloftes nakomen, doen wat je belooft, op mij kun je bouwen, je kunt op me bouwen, je kunt op me rekenen, je kunt op mij rekenen, op mij kun je rekenen, iemand op wie je kunt rekenen, leverbetrouwbaarheid, uptime, hoge uptime, altijd in de lucht, systemen altijd in de lucht, nooit down, storingsvrij
  excess: starheid, saaiheid, zelfopoffering, behoudzucht
  opposite-: onbetrouwbaarheid, willekeur, wispelturigheid, opportunisme, inconsequentheid, eromheen draaien

distortion onbetrouwbaarheid
  forms: onbetrouwbaar, onbetrouwbare
  synonyms: afspraken niet nakomen, niet op te rekenen, onbestendigheid, woordbreuk, niet betrouwbaar, beloftes niet nakomen, beloften niet nakomen, niet nakomen, je woord breken, woord breken, toezeggingen niet nakomen, gebrek aan betrouwbaarheid, geen betrouwbaarheid, te weinig betrouwbaarheid, trouweloos, trouweloosheid, afspraken vergeten, slecht afspraken nakomen, onbestendig, te veel beloven, gouden bergen beloven, beloftes niet waarmaken, beloven wat je niet kunt waarmaken, verwachtingen niet waarmaken, beloftes breken, beloften breken, klanten te veel beloven, te veel toezeggen, klanten te veel toezeggen, meer beloven dan je kunt waarmaken, verraad, verraderlijk, verrader, elkaar laten vallen, iemand laten vallen, ontrouw, deloyaal, deloyaliteit, van alles beloven en niks doen, beloven en niks doen, veel beloven en niks doen, van alles beloven en niets doen, veel beloven en weinig doen, schade niet melden, een schade niet melden, fouten niet melden, een fout niet melden, incidenten niet melden, en het dan niet doen, het dan niet doen, en het vervolgens niet doen, ja zeggen en nee doen, nooit terugbellen, niet terugbellen, elke afspraak afzeggen, afspraken afzeggen, steeds afzeggen, op het laatste moment afzeggen, aan het lijntje houden, je collega's laten zakken, collega's laten zakken, je team laten zakken, je mensen laten vallen, zijn mensen laten vallen, je collega's laten vallen, zijn mensen laat vallen, je mensen laat vallen, zijn collega's laat vallen, je collega's laat zakken, zijn collega's laat zakken, laten stikken, je laten stikken, iemand laten stikken, laat stikken
  opposite+: betrouwbaarheid, consequentheid, loyaliteit, stiptheid, integriteit

quality doorzettingsvermogen
  forms: doorzetten, doorzetter
  synonyms: volharding, volhardend, vasthoudendheid, vasthoudend, wilskracht, uithoudingsvermogen, niet opgeven, doorbijten, volhouden, afmaken waar je aan begint, dingen afmaken, afronden, taaiheid, taai, taaie, doorzettingskracht, afmaken, door blijven gaan, de lange adem, een lange adem, een lange adem hebben, door de zure appel heen bijten, door de zure appel bijten, nooit opgeven, niet snel opgeven, niet gauw opgeven, niet zomaar opgeven, onvermoeibaarheid, vechtersmentaliteit, onvermoeibaar, doorgaan tot het af is, doorgaan tot het klaar is, doorgaan tot het werk af is, doorgaan tot het einde, doorgaan tot het eind
  excess: koppigheid, verbetenheid, drammerigheid, fanatisme, starheid, werkverslaving, tunnelvisie
  opposite-: wispelturigheid, gemakzucht, lusteloosheid, laksheid

distortion koppigheid
  forms: koppig, koppige
  synonyms: halsstarrigheid, halsstarrig, stijfkoppigheid, stijfkoppig, eigenwijsheid, eigenwijs, vasthouden aan je eigen gelijk, hardleersheid, hardleers, hardleerse, obstinaat, obstinate, overtuigd van eigen gelijk, zich vastbijten, stijfkop, hardnekkig, hardnekkigheid, hakken in het zand, de hakken in het zand zetten, obstinaatheid, met het hoofd door de muur, met je hoofd door de muur, met je kop door de muur, met je kop door de muur willen, met het hoofd door de muur willen, ik ben nu eenmaal zo, ik-ben-nu-eenmaal-zo-houding, ik ben nou eenmaal zo, zo ben ik nu eenmaal, zo ben ik nou eenmaal, niet kunnen toegeven, geen ongelijk kunnen toegeven, nooit ongelijk willen hebben, hardhoofdig, stijfhoofdig, stijfhoofdigheid, koppigaard, nooit je fouten toegeven, nooit fouten toegeven, geen fouten toegeven, nooit toegeven dat je fout zit, nooit sorry zeggen, geen sorry zeggen, nooit excuses aanbieden, nooit je excuses aanbieden, nooit een fout toegeven
  opposite+: flexibiliteit, ruimdenkendheid, ontvankelijkheid, aanpassingsvermogen, compromisbereidheid, openheid, luistervaardigheid, loslaten

distortion verbetenheid
  forms: verbeten
  synonyms: verbissenheid, tot het gaatje gaan, doorgaan tot je erbij neervalt, verbissen, vastbijten, je vastbijten, tot het uiterste gaan
  opposite+: ontspannenheid, luchtigheid, relativeringsvermogen, loslaten, mildheid, flexibiliteit

distortion gemakzucht
  forms: gemakzuchtig, gemakzuchtige
  synonyms: de kantjes ervan aflopen, de makkelijkste weg kiezen, genoegen met het minimum, luiheid, lui, luie, luilakkerij, laksheid, snel opgeven, het bijltje erbij neergooien, het snel opgeven, er de brui aan geven, opgeven, afhaken, luilak, lapzwans, de kantjes eraf lopen, lanterfanten, lanterfanter, luierik, achteroverleunen, met de kantjes eraf, er met de pet naar gooien, te makkelijk, dingen niet afmaken, indolent, lamzak, nietsnut, klaploper, meelifter, meeliften, freerider, niet afmaken, luilakken, vadsig, luiaard, genotzucht, genotzuchtig, hedonisme, hedonistisch, niets afmaken, werkschuw, werkschuwheid, gebrek aan doorzettingsvermogen, geen doorzettingsvermogen, te weinig doorzettingsvermogen, gebrek aan inzet, geen inzet, te weinig inzet, luieren, luierend, niks afmaken, het zich makkelijk maken, je er makkelijk vanaf maken, er makkelijk vanaf maken, je ervan af maken, de kantjes van aflopen, er de kantjes vanaf lopen, er de kantjes van aflopen, de handdoek in de ring gooien, de kantjes ervanaf lopen, de kantjes er vanaf lopen, de kantjes er van af lopen, kantjes eraf lopen, vadsigheid, arbeidsschuw, snel afhaken, denkluiheid, de lat te laag leggen, lat te laag leggen, de lat laag leggen, genoegen nemen met middelmaat, te snel opgeven, te makkelijk opgeven, te vlug opgeven, snel de handdoek in de ring gooien, niet kunnen doorzetten, niet kunnen doorbijten, niks zelf willen uitzoeken, niets zelf willen uitzoeken, niks zelf uitzoeken, de hele dag voor de tv, voor de tv zetten, voor de tv parkeren, voor de tv gezet, voor een scherm parkeren, voor de buis zetten, niks uitzoeken, niets uitzoeken, niets zelf uitzoeken, een jantje van leiden, jantje van leiden, jantje-van-leiden, met een jantje van leiden
  opposite+: doorzettingsvermogen, gedrevenheid, ijver, toewijding, discipline, ambitie, daadkracht, verantwoordelijkheidsgevoel

quality zelfstandigheid
  forms: zelfstandig, zelfstandige
  synonyms: zelfredzaamheid, zelfredzaam, zelfsturing, zelfsturend, op eigen benen staan, eigen regie, alleen kunnen zijn, op jezelf kunnen staan, zelfdenkend, zelfmanagement, je eigen plan trekken, zijn eigen plan trekken, je eigen boontjes doppen, zijn eigen boontjes doppen, alles zelf oplossen, zelf oplossen, het zelf oplossen, op jezelf kunnen zijn, goed op jezelf kunnen zijn, goed alleen kunnen zijn, zelfstandigheid stimuleren
  excess: eigengereidheid, egoïsme, afstandelijkheid, koppigheid, eigenmachtigheid, eenzelvigheid, onverschilligheid
  opposite-: afhankelijkheid, groepsdenken, volgzaamheid, onzekerheid, klefheid, meegaandheid

distortion eigengereidheid
  forms: eigengereid, eigengereide
  synonyms: eigenzinnigheid, eigenzinnig, solistisch gedrag, solist, zijn eigen gang gaan, eigen koers zonder overleg, individualisme, eigenmachtigheid, solistisch, solistische, individualistisch, eigenheimer, eigenwillig, eigenwilligheid, moeite met samenwerken, je eigen gang gaan, eigen gang gaan, haar eigen gang gaan, gebrek aan samenwerking, geen samenwerking, te weinig samenwerking, slecht samenwerken, solo gaan, solo werken, alles op eigen houtje doen, not invented here, not-invented-here-syndroom, zijn goesting doen, zijn eigen goesting doen, je eigen goesting doen, je eigen ding doen, zijn eigen ding doen, iedereen doet zijn eigen ding, ieder zijn eigen ding, iedereen zijn eigen ding, eigen ding doen, iedereen doet z'n eigen ding, iedereen doet zn eigen ding, onaangepastheid, onaangepast, excentriciteit, excentriek, excentrieke, zonderlingheid, zonderling, zonderlinge, niet kunnen samenwerken, slecht kunnen samenwerken, moeilijk kunnen samenwerken, je eigen route rijden
  opposite+: samenwerkingsgerichtheid, loyaliteit, saamhorigheid, aanpassingsvermogen, gezagsgetrouwheid, bereidwilligheid, collegialiteit, ontvankelijkheid, luistervaardigheid

quality samenwerkingsgerichtheid
  forms: samenwerkingsgericht, samenwerkingsgerichte, samenwerken
  synonyms: teamspeler, teamgerichtheid, teamgericht, goed kunnen samenwerken, coöperatief, samen optrekken, hulp vragen, om hulp vragen, collegialiteit, teamplayer, teamwerk, teamwork, samenwerking, hulp aannemen, hulp accepteren, hulp aanvaarden, hulp toelaten, groepsgericht, samen doen, het samen doen, samenwerkingsvermogen, durven vragen, durven hulp vragen, hulp durven vragen, kennis delen, kennis overdragen, je kennis delen, steun zoeken, hulp durven inroepen, samenwerkingsbereidheid, collaboratief, hulp durven ontvangen, hulp ontvangen, hulp kunnen ontvangen, hulp kunnen aannemen, vaker hulp moeten vragen, hulp moeten vragen, wat vaker hulp moeten vragen, om hulp moeten vragen, tijdig hulp vragen, tijdig om hulp vragen, op tijd om hulp vragen, tijdig hulp inschakelen, alles samen dragen, samen dragen, de lasten samen dragen, de last samen dragen, lasten delen, de lasten delen, hulp inroepen, hulp inschakelen, op tijd hulp inroepen, leren vragen, leren hulp vragen
  excess: afhankelijkheid, volgzaamheid, meegaandheid, groepsdenken, conflictvermijding, pleasegedrag, kleurloosheid
  opposite-: eigengereidheid, eigenmachtigheid, egoïsme, dominantie

distortion eenzelvigheid
  forms: eenzelvig, eenzelvige
  synonyms: teruggetrokkenheid, teruggetrokken, op jezelf zijn, alles alleen willen doen, einzelgänger, eenling, mensenschuw, in je eigen bubbel, niet om hulp vragen, geen hulp vragen, geen hulp durven vragen, eenkennig, eenkennigheid, zich terugtrekken, je terugtrekken, terugtrekken, afzondering, kluizenaar, mensenschuwheid, solitair, nooit hulp vragen, nooit om hulp vragen, eenzaat worden, een eenzaat worden, een eenzaat, eenzaat, te laat hulp vragen, hulp te laat vragen, te laat om hulp vragen, pas laat hulp vragen, te lang wachten met hulp vragen, te lang alleen doorploeteren, alleen doorploeteren, alleen blijven doorploeteren, te lang zelf blijven zoeken, te lang alleen blijven zoeken, te lang zelf zoeken, te lang alleen zoeken, te lang zelf blijven proberen, te lang alleen blijven proberen
  opposite+: samenwerkingsgerichtheid, verbindend vermogen, openheid

distortion afhankelijkheid
  forms: afhankelijk, afhankelijke
  synonyms: hulpeloosheid, hulpeloos, niets zelf kunnen, steeds toestemming vragen, leunen op anderen, onzelfstandigheid, onzelfstandig, niet zelfstandig, machteloos, machteloosheid, overafhankelijkheid, overafhankelijk, machteloze, hulpbehoevend, hulpbehoevendheid, gebrek aan zelfstandigheid, geen zelfstandigheid, te weinig zelfstandigheid, afhangen van anderen, afhankelijk zijn van anderen, afhangen van de inzet van anderen, te afhankelijk van anderen, op anderen leunen, te veel op anderen leunen, afhankelijk van anderen, eerst de leidinggevende bellen, eerst de leidinggevende vragen, eerst de chef bellen, eerst de baas bellen, bij alles de leidinggevende bellen, voor alles toestemming vragen, overal toestemming voor vragen, nergens aan beginnen zonder toestemming, niets doen zonder toestemming, niks doen zonder toestemming, nergens aan beginnen zonder overleg
  opposite+: zelfstandigheid, initiatief, onafhankelijkheid, zelfvertrouwen, daadkracht

quality eenvoud
  forms: eenvoudig, eenvoudige
  synonyms: simpel houden, het eenvoudig houden, keep it simple, soberheid, helder en simpel, sober, eenvoudigheid, simpelheid, simpliciteit
  excess: simplisme, oppervlakkigheid, zwart-witdenken
  opposite-: omslachtigheid, langdradigheid, hoogdravendheid

distortion simplisme
  forms: simplistisch, simplistische
  synonyms: versimpeling, oversimplificatie, kort door de bocht, te makkelijk denken
  opposite+: genuanceerdheid, grondigheid, diepgang

quality genuanceerdheid
  forms: genuanceerd, genuanceerde
  synonyms: nuance, nuancering, nuanceren, oog voor nuance, subtiliteit, subtiel, fijnzinnig, gedifferentieerd, alle kanten bekijken, van alle kanten bekijken, fijnzinnigheid
  excess: omslachtigheid, vaagheid, besluiteloosheid, overanalyseren, langdradigheid
  opposite-: simplisme, zwart-witdenken, botheid, dogmatisme

distortion vaagheid
  forms: vaag, vage
  synonyms: wolligheid, wollig, wollig taalgebruik, onduidelijkheid, onduidelijk, schimmigheid, schimmig, wazig, overgenuanceerd, dubbelzinnig, dubbelzinnigheid, ongrijpbaar, wazigheid, ongrijpbaarheid, je op de vlakte houden, zich op de vlakte houden, op de vlakte blijven, niet duidelijk, onduidelijk zijn, wazige, overgenuanceerde, nietszeggend, gebrek aan duidelijkheid, geen duidelijkheid, te weinig duidelijkheid, slecht communiceren, onduidelijk communiceren, zonder duidelijkheid, omfloerst, managementtaal, in vage termen, ambigu, onhelderheid, praten zonder iets te zeggen, veel praten zonder iets te zeggen, veel woorden en weinig inhoud, veel woorden weinig inhoud
  opposite+: duidelijkheid, directheid, bondigheid, structuur

distortion zwart-witdenken
  forms: zwart-wit, zwartwitdenken, zwart-witdenker
  synonyms: alles of niets, ongenuanceerd denken, in hokjes denken, hokjesdenken, generaliseren, over één kam scheren, overgeneraliseren, gebrek aan nuance, geen nuance, te weinig nuance, hokjesmentaliteit
  opposite+: genuanceerdheid, ruimdenkendheid, begrip, relativeringsvermogen

quality productiviteit
  forms: productief, productieve
  synonyms: werktempo, hoog tempo, veel gedaan krijgen, output leveren, doorwerken, hoogproductief
  excess: overhaastheid, werkverslaving, gejaagdheid, slordigheid, oppervlakkigheid
  opposite-: traagheid, lusteloosheid, gemakzucht, passiviteit

quality voortvarendheid
  forms: voortvarend, voortvarende
  synonyms: slagvaardigheid, slagvaardig, vaart maken, tempo maken, snelheid van handelen, doorpakken met vaart, snelheid, tempo, vlotheid, vlot, snel schakelen, snel, gas geven, een tandje bijzetten, een tandje bij zetten, direct oppakken, alles direct oppakken, meteen oppakken, alles meteen oppakken, direct actie ondernemen, meteen actie ondernemen, het meteen oppakken, het direct oppakken, dingen meteen oppakken, de vaart erin houden, supersnel, razendsnel, bliksemsnel, sneller, vlotter, sneller werken, vlotter werken, sneller worden
  excess: overhaastheid, slordigheid, drammerigheid, ondoordachtheid, gejaagdheid, oppervlakkigheid, ongeduld
  opposite-: traagheid, passiviteit, besluiteloosheid, omslachtigheid

quadrant nauwkeurigheid > perfectionisme > pragmatisme > slordigheid
quadrant zorgvuldigheid > perfectionisme > pragmatisme > slordigheid
quadrant nauwkeurigheid > pietluttigheid > overzicht > oppervlakkigheid
quadrant vakmanschap > perfectionisme > pragmatisme > slordigheid
quadrant deskundigheid > vakidioterie > veelzijdigheid > oppervlakkigheid
quadrant analytisch vermogen > overanalyseren > intuïtie > ondoordachtheid
quadrant vernieuwingsdrang > rusteloosheid > stabiliteit > behoudzucht
quadrant avontuurlijkheid > rusteloosheid > stabiliteit > behoudzucht
quadrant flexibiliteit > wispelturigheid > standvastigheid > starheid
quadrant flexibiliteit > wispelturigheid > orde > starheid
quadrant orde > starheid > improvisatievermogen > chaos
quadrant planmatigheid > starheid > improvisatievermogen > chaos
quadrant planmatigheid > starheid > spontaniteit > impulsiviteit
quadrant betrouwbaarheid > starheid > flexibiliteit > onbetrouwbaarheid
quadrant doorzettingsvermogen > koppigheid > flexibiliteit > wispelturigheid
quadrant doorzettingsvermogen > verbetenheid > ontspannenheid > gemakzucht
quadrant zelfstandigheid > eigengereidheid > samenwerkingsgerichtheid > afhankelijkheid
quadrant eenvoud > simplisme > genuanceerdheid > omslachtigheid
quadrant genuanceerdheid > vaagheid > duidelijkheid > zwart-witdenken
quadrant productiviteit > overhaastheid > zorgvuldigheid > traagheid
quadrant voortvarendheid > overhaastheid > zorgvuldigheid > traagheid
quadrant pragmatisme > slordigheid > nauwkeurigheid > perfectionisme
quadrant pragmatisme > slordigheid > zorgvuldigheid > perfectionisme
quadrant overzicht > oppervlakkigheid > nauwkeurigheid > pietluttigheid
quadrant pragmatisme > slordigheid > vakmanschap > perfectionisme
quadrant veelzijdigheid > oppervlakkigheid > deskundigheid > vakidioterie
quadrant intuïtie > ondoordachtheid > analytisch vermogen > overanalyseren
quadrant stabiliteit > behoudzucht > vernieuwingsdrang > rusteloosheid
quadrant stabiliteit > behoudzucht > avontuurlijkheid > rusteloosheid
quadrant standvastigheid > starheid > flexibiliteit > wispelturigheid
quadrant orde > starheid > flexibiliteit > wispelturigheid
quadrant improvisatievermogen > chaos > orde > starheid
quadrant improvisatievermogen > chaos > planmatigheid > starheid
quadrant spontaniteit > impulsiviteit > planmatigheid > starheid
quadrant flexibiliteit > onbetrouwbaarheid > betrouwbaarheid > starheid
quadrant flexibiliteit > wispelturigheid > doorzettingsvermogen > koppigheid
quadrant ontspannenheid > gemakzucht > doorzettingsvermogen > verbetenheid
quadrant samenwerkingsgerichtheid > afhankelijkheid > zelfstandigheid > eigengereidheid
quadrant genuanceerdheid > omslachtigheid > eenvoud > simplisme
quadrant duidelijkheid > zwart-witdenken > genuanceerdheid > vaagheid
quadrant zorgvuldigheid > traagheid > productiviteit > overhaastheid
quadrant zorgvuldigheid > traagheid > voortvarendheid > overhaastheid

# ======================================================================
# Financiën, administratie en controle
# ======================================================================

quality voorzichtigheid
  forms: voorzichtig, voorzichtige
  synonyms: behoedzaamheid, behoedzaam, risicobewustzijn, risicobewust, veiligheidsbewustzijn, veiligheidsbewust, zekerheid inbouwen, bedachtzaamheid, het zekere voor het onzekere nemen, het zekere voor het onzekere, risico's inschatten, risico's afwegen, het zekere voor het onzekere kiezen, prudent, prudente, prudentie, veiligheid bewaken, de veiligheid bewaken, veiligheid waarborgen, op veiligheid letten, risicobeheersing, risicomanagement, risico's beheersen, risico's beperken, risicobeperking, risico's managen, op de veiligheid letten, goed op de veiligheid letten, letten op veiligheid, letten op de veiligheid, oog voor veiligheid, veilig werken, altijd veilig werken, veiligheid voorop, veiligheid staat voorop
  excess: lafheid, angstigheid, wantrouwen, besluiteloosheid, traagheid, geremdheid, behoudzucht, passiviteit, betutteling
  opposite-: roekeloosheid, impulsiviteit, ondoordachtheid, overhaastheid

distortion lafheid
  forms: laf, laffe
  synonyms: lafhartigheid, lafhartig, wegduiken, je verstoppen, angsthazerij, geen stelling durven nemen, lafaard, bangerik, gebrek aan moed, geen moed, te weinig moed, gebrek aan durf, geen durf, te weinig durf, gebrek aan lef, geen lef, te weinig lef, zich verstoppen, wegkruipen, niet thuis geven, zich verschuilen, je verschuilen, verstoppertje spelen
  opposite+: moed, directheid, assertiviteit

quality moed
  forms: moedig, moedige
  synonyms: lef, durf, dapperheid, dapper, risico durven lopen, je nek uitsteken, onverschrokkenheid, onverschrokken, durven, iets durven, durfal, heldhaftig, heldhaftigheid, stoutmoedig, stoutmoedigheid, gedurfd, gedurfdheid, manhaftig, de kat de bel aanbinden, onversaagdheid, moedigheid
  excess: roekeloosheid, impulsiviteit, ondoordachtheid, ongegeneerdheid
  opposite-: lafheid, angstigheid, besluiteloosheid, onzekerheid

distortion roekeloosheid
  forms: roekeloos, roekeloze
  synonyms: waaghalzerij, waaghals, overmoed, overmoedig, onverantwoorde risico's, cowboygedrag, onvoorzichtigheid, onvoorzichtig, risicozoekend, risicozoekende, gokken, gokgedrag, onnodige risico's nemen, onbesuisd, onbesuisdheid, onverantwoord, cowboy, sensatiezoekend, sensatiezucht, kicks zoeken, adrenalinejunkie, overmoedigheid, bravoure, branie, vermetel, vermetelheid, scherp aan de wind zeilen, te scherp aan de wind zeilen, driest, driestheid, speculatief, branieachtig, branieachtigheid, onbehoedzaam, waaghalzig, risicozucht, zonder helm, zonder helm werken, zonder helm op de steiger staan, geen helm dragen, geen helm op, hard door het magazijn racen, hard door het magazijn rijden, door het magazijn racen, door het magazijn scheuren, met de heftruck racen, met de heftruck scheuren, met je telefoon in de hand rijden, met je telefoon in je hand rijden, appen achter het stuur, bellen achter het stuur, achter het stuur appen
  opposite+: voorzichtigheid, bedachtzaamheid, zorgvuldigheid, verantwoordelijkheidsgevoel

quality ondernemingszin
  forms: ondernemend, ondernemende
  synonyms: ondernemerschap, ondernemerszin, ondernemerschap tonen, kansen zien, kansen grijpen, risicobereidheid, ondernemingslust, ondernemend, ondernemende, risico nemen, risico's nemen, risicobereid, risiconemer, kansen benutten
  excess: roekeloosheid, impulsiviteit, opportunisme, rusteloosheid
  opposite-: angstigheid, behoudzucht, passiviteit, lafheid

distortion angstigheid
  forms: angstig, angstige
  synonyms: bangigheid, bang, bangheid, risicomijding, overal beren op de weg zien, vrees, faalangst, faalangstig, bang voor fouten, beduchtheid, beducht, ongerustheid, ongerust, angstvalligheid, angstvallig, schichtigheid, schichtig, geen fouten durven maken, bang om fouten te maken, gespannen, nerveus, nervositeit, zenuwachtig, zenuwachtigheid, angsthaas, schijterig, schuw, angst, angsten, benauwd, overvoorzichtig, risicoschuw, risicoavers, bangelijk, overvoorzichtigheid, zekerheidsdrang, overvoorzichtige, in je comfortzone blijven, op safe spelen, op zeker spelen, geen risico nemen, geen risico's nemen, bloednerveus, gespannenheid, schrikachtig, schrikkerig, bangig, beren op de weg, geen enkel risico nemen, geen enkel risico, alles afdekken, alles willen afdekken, verlamd door risico's, verlamd door risico, verlamd door angst, door angst verlamd, risicomijdend, risicomijdende, nerveusheid, schuwheid, vreesachtig, bang om te falen, bang om te mislukken, bang voor falen, angst om te falen, bij het minste risico, bij elk risicootje, bij elk risico nee zeggen, bij elk risico meteen nee zeggen, bij elk risico afhaken
  opposite+: ondernemingszin, moed, vertrouwen, zelfvertrouwen, avontuurlijkheid, onbevangenheid

quality zuinigheid
  forms: zuinig, zuinige
  synonyms: spaarzaamheid, spaarzaam, kostenbewustzijn, kostenbewust, kosten besparen, op de kleintjes letten, geldbewust, geldbewustheid, prijsbewust, sparen, besparen, op de kosten letten, budgetbewust, binnen budget blijven, budget bewaken, het budget bewaken, de broekriem aanhalen, bezuinigen, op de centen letten, kostprijsbewust, de kosten in de gaten houden, kosten in de gaten houden, de kosten goed in de gaten houden
  excess: gierigheid, pietluttigheid
  opposite-: verkwisting

distortion gierigheid
  forms: gierig, gierige
  synonyms: krenterigheid, krenterig, vrekkigheid, vrekkig, schraperigheid, op de centen zitten, oppotten, hamsteren, kruideniersmentaliteit, schraperig, kostenbesparing boven alles, op elke cent letten, elke cent omdraaien, schriel, schrielheid, ieder dubbeltje omdraaien, elk dubbeltje omdraaien, ieder dubbeltje twee keer omdraaien, elk dubbeltje twee keer omdraaien, vrekachtig, gierigaard
  opposite+: vrijgevigheid, gastvrijheid

quality vrijgevigheid
  forms: vrijgevig, vrijgevige
  synonyms: gulheid, gul, royaal, ruimhartigheid, ruimhartig, generositeit, genereus, grootmoedig, grootmoedigheid, edelmoedig, edelmoedigheid, goedgeefs, schenken, goedgeefsheid, gunnen, iets gunnen, groothartig, groothartigheid, royaliteit, gulhartig, investeringsbereidheid, durven investeren, bereid om te investeren
  excess: verkwisting, zelfopoffering, naïviteit, grenzeloosheid, pleasegedrag
  opposite-: gierigheid, egoïsme

distortion verkwisting
  forms: verkwistend, verkwistende, verkwisten
  synonyms: geldverspilling, verspilling, spilzucht, kwistigheid, met geld smijten, spilziek, kwistig, overdadigheid, geld over de balk gooien, over de balk gooien, geldsmijterij, potverteren
  opposite+: zuinigheid, discipline

quality integriteit
  forms: integer, integere
  synonyms: onkreukbaarheid, onkreukbaar, rechtschapenheid, rechtschapen, moreel kompas, ethisch besef, zuiverheid in handelen, normbesef, moreel besef, waardengedreven, het goede voorbeeld geven, het goede voorbeeld, voorbeeldgedrag, walk the talk, voorbeeldfunctie, je voorbeeldfunctie, een goed voorbeeld zijn, een voorbeeld zijn voor anderen, deugdzaam, deugdzaamheid, integerheid
  excess: moralisme, starheid, dogmatisme, strengheid, onverdraagzaamheid, zwart-witdenken
  opposite-: opportunisme, manipulatie, eromheen draaien, onbetrouwbaarheid, willekeur

distortion moralisme
  forms: moralistisch, moralistische, moraliseren
  synonyms: moraalridder, met het vingertje wijzen, belerend vingertje, zedenpreken, prekerigheid, prekerig, het opgeheven vingertje, opgeheven vingertje, vingertje wijzen, heilig boontje, de dominee uithangen, dominee spelen, vingertje, met het vingertje, zedenprediker, zedenpreek, predikend, de les lezen, anderen de les lezen, iemand de les lezen, een preek afsteken, preken houden, puritein, puriteins, puritanisme, vermanend, eigengerechtig, eigengerechtigheid
  opposite+: pragmatisme, mildheid, relativeringsvermogen, verdraagzaamheid, begrip, ruimdenkendheid

distortion opportunisme
  forms: opportunistisch, opportunistische
  synonyms: draaikonterij, draaikont, het doel heiligt de middelen, eigen gewin, ritselen, principeloos, principeloze, principeloosheid, corrupt, omkoopbaar, gewetenloos, omkoopbaarheid, gewetenloosheid, oninteger, niet integer, oneerlijk handelen, gebrek aan integriteit, geen integriteit, te weinig integriteit, naar boven likken en naar beneden trappen, naar boven likken naar beneden trappen, beginselloosheid, beginselloos, beginselloze, zodra er getekend is, als er eenmaal getekend is, zodra het contract getekend is
  opposite+: integriteit, principevastheid, loyaliteit, betrouwbaarheid, standvastigheid

quality principevastheid
  forms: principevast, principevaste, principiële
  synonyms: principieel, principiële houding, trouw aan je principes, vasthouden aan je waarden, principieelheid, beginselvastheid, beginselvast, beginselvaste, principes, trouw aan je waarden, karaktervast, karaktervastheid, ergens voor gaan staan, ergens voor staan, staan voor je waarden
  excess: starheid, dogmatisme, koppigheid, moralisme, onverdraagzaamheid, zwart-witdenken, fanatisme, polarisatie
  opposite-: slapheid, opportunisme, beïnvloedbaarheid, meegaandheid, eromheen draaien, vrijblijvendheid

quality compromisbereidheid
  forms: compromisbereid, compromisbereide
  synonyms: bereidheid tot compromissen, water bij de wijn doen, elkaar halverwege tegemoetkomen, schipperen, geven en nemen, consensusgerichtheid, compromissen sluiten, een compromis sluiten, compromis, tot een compromis komen, kunnen toegeven, leren toegeven, toegeven kunnen, soms toegeven, af en toe toegeven, ook eens toegeven, soms gewoon toegeven, de middenweg zoeken, een schikking treffen, tot een schikking komen
  excess: slapheid, meegaandheid, conflictvermijding, besluiteloosheid, opportunisme
  opposite-: hardheid, starheid, koppigheid, dogmatisme, drammerigheid

quality discretie
  forms: discreet, discrete
  synonyms: vertrouwelijkheid, vertrouwelijk, geheimhouding, zwijgplicht, geheimen kunnen bewaren, je mond kunnen houden
  excess: geslotenheid, afstandelijkheid, zwijgzaamheid, ontoegankelijkheid, onverschilligheid
  opposite-: loslippigheid, praatzucht, ongegeneerdheid

distortion geslotenheid
  forms: gesloten
  synonyms: geheimzinnigheid, geheimzinnig, niets delen, in je schulp kruipen, achterhoudendheid, achterhoudend, ondoorgrondelijkheid, binnenvetter, opkroppen, dichtklappen, niet open, ondoorgrondelijk, zich afsluiten, je afsluiten, geen emoties tonen, emoties niet tonen, gebrek aan openheid, geen openheid, te weinig openheid, in de schulp kruipen, in zijn schulp kruipen, in haar schulp kruipen, in je schulp, dichtslaan, een muurtje optrekken, een muur optrekken, een muur om je heen, emoties wegdrukken, je emoties wegdrukken, je gevoel wegstoppen, gevoel wegstoppen, emoties inslikken, je emoties inslikken, ontoeschietelijk, een masker dragen, achter een masker, gevoelens wegdrukken, je gevoelens wegdrukken, gevoelens onderdrukken, emoties onderdrukken, je emoties onderdrukken, je gevoelens onderdrukken, bunkermentaliteit, onmededeelzaam, achterkamertjespolitiek, achterkamertjes, in achterkamertjes beslissen, beslissen in achterkamertjes, gebrek aan communicatie, geen communicatie, te weinig communicatie, niet communiceren, onvoldoende communicatie, gebrekkige communicatie, slechte communicatie, te weinig communiceren, informatie achterhouden, niet communiceren in het team, alles voor je houden
  opposite+: openheid, toegankelijkheid, expressiviteit

quality openheid
  forms: open
  synonyms: openhartigheid, openhartig, transparantie, transparant, open kaart spelen, open communicatie, mededeelzaam, mededeelzaamheid, toegeven dat je het niet weet, uitspreken wat je voelt, zeggen wat je voelt, zeggen wat je dwarszit, je hart luchten, je ei kwijt kunnen, je ei kwijt, delen wat je weet, meer delen wat je weet, delen wat we weten, meer delen wat we weten, actief communiceren, proactief communiceren, tijdig communiceren, open communiceren, transparant communiceren
  excess: loslippigheid, tactloosheid, naïviteit, grenzeloosheid, ongegeneerdheid, doelloosheid, beïnvloedbaarheid, besluiteloosheid
  opposite-: geslotenheid, wantrouwen, afstandelijkheid, eromheen draaien, ontoegankelijkheid
quality kwetsbaarheid
  forms: kwetsbaar, kwetsbare
  synonyms: je kwetsbaar opstellen, kwetsbaarheid tonen, je kwetsbaar durven opstellen, kwetsbaar opstellen, kwetsbaar durven zijn, je kwetsbaar tonen, je kwetsbaarheid tonen, je kwetsbaarheid laten zien, je kwetsbaar durven tonen, kwetsbaar zijn, durven laten zien wat je raakt, je zwakke kanten laten zien
  excess: slachtofferrol, overgevoeligheid, slapheid, loslippigheid
  opposite-: hardheid, geslotenheid, afstandelijkheid, ongevoeligheid, ontoegankelijkheid

distortion loslippigheid
  forms: indiscreet, indiscrete
  synonyms: loslippig, uit de school klappen, roddelen, roddelzucht, vertrouwelijke zaken doorvertellen, roddelaar, roddeltante, geroddel, roddel, achter de rug praten, achter iemands rug praten, achter de rug om praten, alles delen, alles willen delen, te veel delen, te veel van jezelf delen, alles eruit flappen, eruit flappen, eruitflappen, alles eruitflappen, er alles uitflappen, dingen eruit flappen, alles er maar uitgooien, te veel van jezelf laten zien, te veel over jezelf vertellen, oversharen, overshare, kwaadsprekendheid, alles op tafel gooien, alles maar op tafel gooien, indiscretie, alles doorvertellen, alles er maar uit flappen, te veel vertellen, alles delen met iedereen, alles aan iedereen vertellen, dingen doorvertellen
  opposite+: discretie, terughoudendheid, tact, respect

quality stiptheid
  forms: stipt, stipte
  synonyms: punctualiteit, punctueel, tijdigheid, deadlines halen, afspraken op tijd nakomen, tijdig, altijd op tijd, op tijd komen, nooit te laat, altijd op tijd zijn, promptheid, precies op tijd, altijd precies op tijd, rijden precies op tijd, op de minuut, op tijd leveren, altijd op tijd leveren
  excess: pietluttigheid, starheid, perfectionisme, controlezucht
  opposite-: laksheid, slordigheid, onbetrouwbaarheid, chaos

quality vertrouwen
  forms: vertrouwen geven, vertrouwen hebben, vertrouwensvol
  synonyms: goed van vertrouwen, het beste van mensen denken, krediet geven, uitgaan van goede bedoelingen, geloven in jongeren, geloven in mensen, geloven in anderen, geloven in de ander, geloven in kinderen, geloven in leerlingen, geloven in cliënten, geloof in mensen, geloof in jongeren, vertrouwen in mensen, vertrouwen in jongeren, in mensen geloven, in jongeren geloven, het goede in mensen zien
  excess: naïviteit, laksheid, vrijblijvendheid, passiviteit
  opposite-: wantrouwen, controlezucht, cynisme, betutteling

distortion naïviteit
  forms: naïef, naïeve
  synonyms: goedgelovigheid, goedgelovig, lichtgelovigheid, wereldvreemdheid, wereldvreemd, onkritisch, onnozel, onnozelheid, te goed voor deze wereld, overoptimistisch, overoptimisme, rooskleurig, roze bril, lichtgelovig, te goed, blind vertrouwen, blindelings vertrouwen, goedzak, argeloos, argeloosheid, niet kritisch, overdreven positief, geforceerd positief, alles positief willen zien, positiviteitsdwang, gebrek aan kritisch vermogen, geen kritisch vermogen, te weinig kritisch vermogen, blind optimisme, goeiig, goeiigheid, kritiekloosheid, kritiekloos, problemen wegwuiven, problemen wegpraten, problemen kleinpraten, problemen onderschatten, problemen bagatelliseren, problemen wegredeneren, risico's wegwuiven, risico's onderschatten, onervaren, onervarenheid, alles aannemen, alles geloven, alles voor zoete koek aannemen, voor zoete koek aannemen, voor zoete koek slikken, overal in trappen, overal intrappen
  opposite+: kritisch vermogen, ervaring, realisme, mensenkennis, omgevingsbewustzijn, alertheid, voorzichtigheid

distortion wantrouwen
  forms: wantrouwig, wantrouwige
  synonyms: achterdocht, achterdochtig, argwaan, argwanend, scepsis tegenover mensen, niemand vertrouwen, paranoïde, paranoia, sceptisch, scepsis, scepticisme, achterdochtigheid, wantrouwigheid, moeite met vertrouwen, moeilijk vertrouwen, gebrek aan vertrouwen, geen vertrouwen, te weinig vertrouwen, argwanendheid, niet kunnen vertrouwen, anderen niet kunnen vertrouwen, niemand kunnen vertrouwen, moeilijk kunnen vertrouwen, alles in twijfel trekken
  opposite+: vertrouwen, openheid, onbevangenheid, loslaten

quality vergevingsgezindheid
  forms: vergevingsgezind, vergevingsgezinde, vergevensgezind
  synonyms: vergeven kunnen, kunnen vergeven, een tweede kans geven, zand erover, niet haatdragend, vergeven, genade, genadig, genadige, genade tonen, genade schenken, clementie, vergiffenis schenken
  excess: toegeeflijkheid, naïviteit, meegaandheid, slapheid
  opposite-: haatdragendheid, onverdraagzaamheid, moralisme, strengheid

distortion haatdragendheid
  forms: haatdragend, haatdragende
  synonyms: rancune, rancuneus, wrok, wrokkigheid, wraakzucht, wraakzuchtig, niet kunnen vergeven, wrokkig, onverzoenlijk, onverzoenlijkheid, wraaklustig, nadragen, het iemand nadragen, dingen nadragen, lang boos blijven, wraakzuchtigheid, wraakgierig, wraakgierigheid
  opposite+: vergevingsgezindheid, mildheid, loslaten, begrip

quality ervaring
  forms: ervaren
  synonyms: levenservaring, praktijkervaring, routine, veel meegemaakt, senioriteit, ervaringskennis, ervarenheid, geoefendheid, doorgewinterd, doorwinterd, geroutineerd
  excess: behoudzucht, betweterigheid, starheid, vooringenomenheid
  opposite-: naïviteit

quadrant moed > roekeloosheid > voorzichtigheid > lafheid
quadrant ondernemingszin > roekeloosheid > voorzichtigheid > angstigheid
quadrant zuinigheid > gierigheid > vrijgevigheid > verkwisting
quadrant integriteit > moralisme > pragmatisme > opportunisme
quadrant principevastheid > starheid > compromisbereidheid > slapheid
quadrant compromisbereidheid > meegaandheid > standvastigheid > starheid
quadrant discretie > geslotenheid > openheid > loslippigheid
quadrant stiptheid > pietluttigheid > relativeringsvermogen > laksheid
quadrant kritisch vermogen > wantrouwen > vertrouwen > naïviteit
quadrant vergevingsgezindheid > toegeeflijkheid > rechtvaardigheid > haatdragendheid
quadrant ervaring > behoudzucht > onbevangenheid > naïviteit
quadrant voorzichtigheid > lafheid > moed > roekeloosheid
quadrant voorzichtigheid > angstigheid > ondernemingszin > roekeloosheid
quadrant vrijgevigheid > verkwisting > zuinigheid > gierigheid
quadrant pragmatisme > opportunisme > integriteit > moralisme
quadrant compromisbereidheid > slapheid > principevastheid > starheid
quadrant standvastigheid > starheid > compromisbereidheid > meegaandheid
quadrant openheid > loslippigheid > discretie > geslotenheid
quadrant kwetsbaarheid > slachtofferrol > weerbaarheid > hardheid
quadrant relativeringsvermogen > laksheid > stiptheid > pietluttigheid
quadrant vertrouwen > naïviteit > kritisch vermogen > wantrouwen
quadrant rechtvaardigheid > haatdragendheid > vergevingsgezindheid > toegeeflijkheid
quadrant onbevangenheid > naïviteit > ervaring > behoudzucht

# ======================================================================
# Leiderschap en management
# ======================================================================

quality besluitvaardigheid
  forms: besluitvaardig, besluitvaardige, beslissen
  synonyms: beslistheid, beslist, knopen doorhakken, beslissingen nemen, de knoop doorhakken, beslisvaardigheid, kiezen, keuzes durven maken, keuzes maken, beslissingsvermogen, durven kiezen, durven beslissen, de knoop durven doorhakken, knopen durven doorhakken, de knoop door te hakken, knopen door te hakken, conclusies trekken, conclusies durven trekken, tot een conclusie komen, gedecideerdheid
  excess: overhaastheid, eigenmachtigheid, drammerigheid, impulsiviteit, ondoordachtheid, dominantie, ongeduld
  opposite-: besluiteloosheid, passiviteit, piekeren, overanalyseren

distortion besluiteloosheid
  forms: besluiteloos, besluiteloze
  synonyms: twijfelzucht, twijfelachtigheid, weifelachtigheid, weifelachtig, weifelend, twijfelend, niet kunnen kiezen, eindeloos twijfelen, eindeloos overleggen, blijven twijfelen, aarzeling, aarzelend, aarzelen, twijfelaar, weifelaar, wankelmoedig, geen keuzes maken, geen knopen doorhakken, twijfel, twijfels, eindeloos polderen, getwijfel, twijfelachtig, wankelmoedigheid, niet besluitvaardig, moeite met kiezen, moeite met beslissen, moeite met knopen doorhakken, moeilijk kunnen kiezen, ambivalent, ambivalentie, gebrek aan besluitvaardigheid, geen besluitvaardigheid, te weinig besluitvaardigheid, blijven overleggen, alles uitpolderen, doodpolderen, nooit tot een besluit komen, niet tot een besluit komen, niet tot een beslissing komen, nooit tot een beslissing komen, nooit knopen doorhakken, maar blijven overleggen, blijven maar overleggen, weifelmoedig, twijfelmoedig, twijfelmoedigheid, eindeloos vergaderen zonder een besluit te nemen, vergaderen zonder een besluit te nemen, zonder een besluit te nemen, geen conclusie durven trekken, geen conclusies durven trekken, geen conclusie trekken, geen keuze durven maken, geen beslissing durven nemen, niet durven kiezen, niet durven beslissen, geen keuzes kunnen maken, geen keuze kunnen maken, niet kunnen beslissen, geen beslissingen kunnen nemen, blijven maar praten, maar blijven praten, eindeloos blijven praten, niks besluiten, niets besluiten, nooit iets besluiten, een jaar praten, maanden praten, jaren praten, nooit een beslissing nemen, nooit een besluit nemen, nooit beslissingen nemen, je suf overleggen, je suf praten
  opposite+: besluitvaardigheid, daadkracht, moed, vastberadenheid, voortvarendheid, initiatief

quality consensusgerichtheid
  forms: consensusgericht, consensusgerichte
  synonyms: draagvlak zoeken, draagvlak creëren, iedereen meenemen, samen besluiten, polderen, consensus, democratisch, democratische, overleggen, in overleg gaan, samen beslissen, anderen betrekken, mensen meenemen, draagvlak, afstemmen, afstemming, afstemmen met anderen, inspraak, inspraak geven, participatie, in overleg, alles in overleg, alles in overleg doen, veel overleg, mensen betrekken, iedereen betrekken, mensen erbij betrekken
  excess: besluiteloosheid, meegaandheid, conflictvermijding, traagheid, groepsdenken, vrijblijvendheid
  opposite-: eigenmachtigheid, dominantie, bazigheid

distortion eigenmachtigheid
  forms: eigenmachtig, eigenmachtige
  synonyms: over de hoofden heen beslissen, op eigen houtje, solo beslissen, niemand raadplegen, zonder overleg, alles zelf beslissen, top-down, van bovenaf opleggen, iets opleggen, van bovenaf beslissen, voor de troepen uitlopen, voor de troepen uit lopen, voor de muziek uitlopen, voor de muziek uit lopen, over de hoofden van mensen heen beslissen, over hoofden heen beslissen, eigendunkelijk, over je hoofd heen beslissen, over iemands hoofd heen beslissen, aan je laars lappen, aan zijn laars lappen, de regels aan zijn laars lappen
  opposite+: consensusgerichtheid, samenwerkingsgerichtheid, collegialiteit, respect, loyaliteit, gezagsgetrouwheid

quality initiatief
  forms: initiatiefrijk, initiatiefrijke, initiatief nemen
  synonyms: proactiviteit, proactief, proactieve, uit jezelf in actie komen, eigen initiatief, zelf met ideeën komen, zelfstarter, initiatiefnemer, kartrekker, aanjager, pro-actief, voortrekker, voortrekkersrol, de kar trekken, het voortouw nemen, trekker zijn, een trekker zijn, de trekker zijn, trekkersrol, de trekkersrol, een trekker, een kartrekker, kartrekker zijn, een aanjager
  excess: eigenmachtigheid, opdringerigheid, bemoeizucht, dominantie, gejaagdheid, overhaastheid, impulsiviteit, drammerigheid, overenthousiasme, ongeduld
  opposite-: afhankelijkheid, passiviteit, gemakzucht, besluiteloosheid

quality visie
  forms: visionair, visionaire
  synonyms: toekomstgerichtheid, toekomstgericht, vooruitziende blik, een stip op de horizon, lange termijn denken, verder kijken, strategisch vermogen, vooruitziend, vooruitziendheid, vooruit kijken, vooruitkijken, verder kijken dan vandaag, denken op lange termijn, op lange termijn denken, langetermijndenken, langetermijnvisie, lange termijn visie
  excess: zweverigheid, hoogdravendheid, vaagheid
  opposite-: kortzichtigheid, tunnelvisie, behoudzucht

distortion kortzichtigheid
  forms: kortzichtig, kortzichtige
  synonyms: kortetermijndenken, waan van de dag, niet verder kijken dan je neus lang is, alleen het hier en nu zien, brandjes blussen, quick fix, snelle oplossingen, geen visie, gebrek aan visie, pleisters plakken, pleisters op de wonde, symptoombestrijding, visieloos, visieloosheid, zonder visie, technische schuld, technical debt, pappen en nathouden, lapmiddel, lapmiddelen, oplapwerk, lapwerk, oplappen, op elke brandhaard springen, op elk brandje springen, van brandje naar brandje
  opposite+: visie, strategisch vermogen, overzicht, ruimdenkendheid

quality strategisch vermogen
  forms: strategisch, strategische
  synonyms: strategisch denken, strategisch inzicht, het speelveld overzien, een paar zetten vooruit denken, tactisch, strateeg, tacticus, tactiek, strategie, beleidsmatig denken, beleidsmatig denkvermogen, beleidsmatig inzicht, beleidsmatig sterk, beleidsmatig kunnen denken, beleidsmatige blik, beleidsvaardigheid, beleidsvaardig
  excess: berekenendheid, manipulatie, afstandelijkheid, opportunisme, overanalyseren
  opposite-: impulsiviteit, kortzichtigheid, ondoordachtheid

distortion berekenendheid
  forms: berekenend, berekenende
  synonyms: sluwheid, sluw, geslepenheid, geslepen, eigen agenda, spelletjes spelen, gewiekst, doortrapt, listigheid, uitgekookt, calculerend, doortraptheid, gewiekstheid, machiavellisme, machiavellistisch
  opposite+: spontaniteit, onbevangenheid, eerlijkheid, openheid, authenticiteit

quality idealisme
  forms: idealistisch, idealistische
  synonyms: idealen, wereldverbeteraar, verbeteringsdrang, geloof in een betere wereld, hoge idealen
  excess: zweverigheid, fanatisme, naïviteit, dogmatisme, moralisme
  opposite-: cynisme, pessimisme, opportunisme, berekenendheid, onverschilligheid

distortion cynisme
  forms: cynisch, cynische
  synonyms: verzuring, verzuurd, nergens meer in geloven, sarcasme, sarcastisch, bitterheid, pessimisme, spotzucht, spotziek, spotten, spottend, spotlust, de spot drijven met, verbitterd, verbittering, cynicus, bitter, spot, schamperheid, stekelig, stekeligheid, stekelige opmerkingen, venijnig, venijn, hoon, verbitterdheid, belachelijk maken, iemand belachelijk maken, venijnigheid, venijnige, mensen afschrijven, iemand afschrijven, jongeren afschrijven, mensen opgeven
  opposite+: idealisme, optimisme, waardering, enthousiasme, vertrouwen

quality optimisme
  forms: optimistisch, optimistische
  synonyms: positiviteit, positief, positieve, positieve instelling, positief ingesteld, het glas halfvol zien, hoopvolheid, hoopvol, positivisme, het goede zien, het positieve zien, de positieve kant zien, het glas halfvol
  excess: naïviteit, zweverigheid, overenthousiasme, oppervlakkigheid
  opposite-: pessimisme, negativiteit, cynisme

distortion pessimisme
  forms: pessimistisch, pessimistische
  synonyms: doemdenken, zwartkijkerij, zwartkijker, somberheid, somber, het glas halfleeg zien, negativiteit, defaitisme, defaitistisch, zwartgallig, melancholie, melancholisch, rampdenken, catastroferen, doemscenario, zwartgalligheid, neerslachtig, neerslachtigheid, beren op de weg zien, het glas halfleeg, zwaarhoofdig
  opposite+: optimisme, vertrouwen, idealisme

quality loyaliteit
  forms: loyaal, loyale
  synonyms: trouw, trouw zijn, solidair met het team, achter je mensen staan, achter de organisatie staan, getrouwheid, door het vuur gaan voor iemand, voor iemand door het vuur gaan, door het vuur gaan, er staan voor je team, achter je team staan, trouwheid
  excess: volgzaamheid, controlezucht, zelfopoffering, naïviteit, onderdanigheid, meegaandheid, partijdigheid, groepsdenken
  opposite-: dwarsliggerij, eigengereidheid, onverschilligheid, wantrouwen, onbetrouwbaarheid, opportunisme

distortion volgzaamheid
  forms: volgzaam, volgzame, te volgzaam
  synonyms: jaknikkerij, jaknikker, meeloperij, meeloper, kritiekloos volgen, blind volgen, ja-knikken, blinde trouw, blinde loyaliteit, blind vertrouwen in de leiding, klakkeloos volgen, napraten, naprater, kuddedier, braaf, braafheid, altijd ja zeggen, overloyaal, gehoorzaam, gehoorzaamheid, klakkeloos, klakkeloos overnemen, ja en amen zeggen, ja en amen, makke schaap, mak, makheid, meelopend, achter de massa aanlopen, achter de kudde aanlopen, doen wat er gezegd wordt, doen wat je gezegd wordt, kritiekloos bevelen opvolgen, blind bevelen opvolgen, blind gehoorzamen, kadavergehoorzaamheid, navolgerij, na-aperij, kopieergedrag, achter iedereen aan lopen, achter anderen aan lopen, achter de massa aan lopen, achter de meute aan lopen, brave hendrik, een brave hendrik, zitten te knikken, alleen maar knikken, alleen maar zitten knikken, braaf knikken, braaf zitten knikken
  opposite+: kritisch vermogen, onafhankelijkheid, zelfstandigheid, assertiviteit, initiatief, authenticiteit

distortion dwarsliggerij
  forms: dwarsliggen, dwarsligger, dwarsliggend, dwars
  synonyms: obstructie, tegenwerking, tegenwerken, overal tegen zijn, stokken in de wielen steken, saboteren, rebelsheid, rebels, ongehoorzaamheid, ongehoorzaam, anarchie, anarchistisch, illoyaliteit, illoyaal, ontrouw, dwarsheid, dwars, tegendraadsheid, tegendraads, opstandigheid, opstandig, recalcitrantie, recalcitrant, recalcitrante, ongezeglijk, weerspannig, tegenstribbelen, in de contramine, overal tegenin gaan, weerstand, destructief, destructieve, destructiviteit, sabotage, weerspannigheid, rebellie, balorig, balorigheid, dwarskop, lastpak, lastpost, regels negeren, regels aan de laars lappen, lak hebben aan regels, zich nergens aan houden, onwil, onwillig, onwilligheid, onhandelbaar, onhandelbaarheid, niet loyaal, moeite met regels, moeite met gezag, moeite met autoriteit, onwelwillend, onwelwillendheid, kwaadwillend, kwaadwillig, weigerachtig, regels aan je laars lappen, je laars lappen aan regels, je niets van regels aantrekken, de regels aan je laars lappen, alles aan je laars lappen, lak aan regels, insubordinatie, tegen alles in gaan, tegen alles ingaan, ondermijnen, ondermijnend, ondermijnend gedrag, lastig zijn, lastig doen, moeilijk doen, obstructionisme, niet-coöperatief, oppositioneel, verraad
  opposite+: loyaliteit, bereidwilligheid, gezagsgetrouwheid, respect, samenwerkingsgerichtheid, compromisbereidheid

quality bereidwilligheid
  forms: bereidwillig, bereidwillige, meegaand, meegaande, inschikkelijk, inschikkelijke
  synonyms: meewerkende houding, constructieve houding, constructief, behulpzame instelling, bereid om mee te denken, meedenkend, meedenken, inschikkelijkheid, tegemoetkomend, tegemoetkomendheid, makkelijk in de omgang, gewillig, gewilligheid, goedwillend, goedwillendheid, werkwillig, toeschietelijkheid, toeschietelijk
  excess: volgzaamheid, meegaandheid, pleasegedrag, onderdanigheid, kleurloosheid, slapheid
  opposite-: dwarsliggerij, eigengereidheid, koppigheid

quality onafhankelijkheid
  forms: onafhankelijk, onafhankelijke
  synonyms: autonomie, autonoom, vrijheidsdrang, vrijheidslievend, vrijheidslievendheid, eigen oordeel, onafhankelijk oordeel, vrij denken, eigen koers varen, zelfstandigheid, vrijheid, eigen mening, een eigen mening hebben, vrijheidsliefde, tegen de stroom in gaan, tegen de stroom in, dwarsdenker, ongebondenheid, durven afwijken, kunnen afwijken, afwijken van de groep, tegen de stroom in durven gaan, eigen koers, eigen standpunt innemen, een eigen standpunt innemen, je eigen standpunt innemen, eigen standpunt, een eigen standpunt hebben, je eigen weg gaan, je eigen weg volgen, je eigen pad volgen, je eigen pad gaan, je eigen koers varen, een eigen oordeel vormen, je eigen oordeel vormen, zelf een oordeel vormen
  excess: eigengereidheid, afstandelijkheid, dwarsliggerij, egoïsme, eigenmachtigheid, koppigheid, eenzelvigheid, bindingsangst
  opposite-: volgzaamheid, onderdanigheid, afhankelijkheid, meegaandheid, groepsdenken

quality sturing
  forms: sturend, sturende, sturen, richting geven
  synonyms: leiderschap, leidinggeven, leiding geven, richting geven, regie nemen, de regie pakken, koers bepalen, leiding nemen, de leiding nemen, leidinggevend vermogen, leidinggevende kwaliteiten, leiden, aansturen, aansturing, regie, regie voeren, regie houden, regisseren, leiding, de touwtjes in handen hebben, de touwtjes in handen, leiderschapstalent, leiderschapskwaliteiten, leiderschapsvaardigheden, natuurlijk leiderschap, een natuurlijke leider, bijsturen, tijdig bijsturen, op tijd bijsturen, durven bijsturen, bijsturen waar nodig
  excess: controlezucht, dominantie, bazigheid, drammerigheid
  opposite-: vrijblijvendheid, onderdanigheid, besluiteloosheid, volgzaamheid, passiviteit, laksheid, chaos

distortion controlezucht
  forms: controlezuchtig, controlezuchtige, controlerend, controlerende
  synonyms: micromanagement, alles willen controleren, alles zelf willen doen, niet kunnen delegeren, niet kunnen loslaten, controledrang, alles onder controle willen hebben, controlfreak, oververantwoordelijkheid, oververantwoordelijk, regelneef, micromanager, de touwtjes strak houden, de touwtjes strak in handen houden, de controle willen houden, te veel regelen, niet delegeren, niets uit handen geven, taken niet uit handen geven, alles onder controle willen houden, alles naar je toe trekken, alles zelf doen, niet loslaten, command and control, alles willen regelen, overcontrole, overcontrolerend, overmatige controle, alles vastleggen, alles willen plannen, te veel controle, controlling, controle, moeite met loslaten, moeite met delegeren, overal bovenop zitten, er bovenop zitten, moeilijk kunnen loslaten, dubbelchecken, alles dubbelchecken, alles nachecken, controleur, niks uit handen kunnen geven, niks uit handen geven, op de huid zitten, iemand op de huid zitten, mensen op de huid zitten, over iemands schouder meekijken, over de schouder meekijken, de controle niet kunnen loslaten, alles dichttimmeren, alles dubbel checken, alles zelf nachecken, alles zelf willen bouwen, doe alles zelf, ik doe alles zelf, moeilijk om los te laten, moeite om los te laten, kan niet loslaten, kan moeilijk loslaten, de teugels strak houden, de teugels strak in handen houden, te veel zelf oppakken, alles zelf oppakken, alles zelf fixen, alles zelf willen fixen, alles zelf willen regelen, iemand kort houden, mensen kort houden, territoriumdrang, territoriaal gedrag, je eigen terrein afschermen, je terrein afbakenen, alles zelf willen fiksen, alles zelf fiksen, alles zelf willen oplossen, alles twee keer checken, beheerszucht, schuldgevoel over alles, je overal schuldig over voelen, je overal schuldig voelen, je overal verantwoordelijk voor voelen, overal verantwoordelijk voor voelen, alles dragen, alles zelf dragen, alles willen dragen, alles alleen dragen, alles op je schouders nemen, alles op je schouders dragen, de wereld op je schouders dragen, alles naar je toe halen, te veel willen controleren, te veel controleren, alles te veel controleren, niets uit handen kunnen geven, alle lasten alleen dragen, de last alleen dragen, alles alleen op je nemen, dichttimmeren, overal zelf bovenop zitten, alles zelf wil beslissen, alles zelf willen beslissen, alles zelf wil doen, alles zelf wil regelen, alles zelf wil bepalen, alles zelf willen bepalen
  opposite+: loslaten, coachend vermogen, vertrouwen, ontspannenheid, relativeringsvermogen, flexibiliteit

distortion vrijblijvendheid
  forms: vrijblijvend, vrijblijvende
  synonyms: laissez-faire, zonder commitment, halfslachtigheid, halfslachtig, niemand aanspreken, alles op zijn beloop laten, dingen op zijn beloop laten, op zijn beloop laten, lauw, laisser-faire, lauwe, lauwheid, gebrek aan sturing, geen sturing, te weinig sturing, gebrek aan leiding, geen leiding, te weinig leiding, halfhartig, halfhartigheid, op je beloop laten, alles op je beloop laten, veel roepen maar weinig doen, roepen maar niet doen, veel roepen, veel beloven maar niks doen, onverplichtend, relativisme, relativistisch, relativistische, alles is relatief, nooit een standpunt innemen, nooit stelling nemen, geen positie innemen, alleen maar praten en niks doen, praten en niks doen, praten maar niks doen, praten en nooit iets opleveren, nooit iets opleveren
  opposite+: sturing, gezag, resultaatgerichtheid, betrokkenheid, verantwoordelijkheidsgevoel, toewijding, consequentheid

quality gezag
  forms: gezaghebbend, gezaghebbende
  synonyms: natuurlijk gezag, autoriteit, overwicht, orde houden, respect afdwingen, klassenmanagement, orde kunnen houden, de klas in de hand hebben, de groep in de hand hebben
  excess: bazigheid, dominantie, arrogantie, strengheid, hardheid, controlezucht
  opposite-: vrijblijvendheid, onderdanigheid, slapheid, laksheid

distortion bazigheid
  forms: bazig, bazige
  synonyms: autoritair gedrag, autoritair, commanderen, de baas spelen, despotisme, dictatoriaal, dwang, dictator, baasje spelen, de baas uithangen, tiran, tirannie, tiranniek, despoot, autocratisch, autocraat, dirigistisch, bossy, autoritarisme, dirigerend, dwingelandij, baas spelen, bevelen geven, orders geven, op je strepen staan, machtsmisbruik, misbruik van macht, de baas willen spelen, bevelen uitdelen, de baas uithangen over anderen, met ijzeren hand, met harde hand regeren, anderen dicteren, voorschrijven hoe het moet, dicteren hoe het moet, dicteren wat er moet gebeuren, machtsvertoon, met je macht zwaaien, je macht laten gelden, baasachtig, dictatorisch, hiërarchisch gedrag, hiërarchisch optreden, de baas gaan spelen, meteen de baas spelen, alles beslissen zonder je iets te vragen, beslissen zonder je iets te vragen, alles beslissen zonder iemand iets te vragen, alles beslissen, alles beslissen zonder iets te vragen, alles beslissen zonder te vragen, bepalen voor anderen, voor anderen bepalen, bepalen voor een ander, voor een ander bepalen, voor anderen beslissen, beslissen voor anderen, voor een ander beslissen, over anderen beslissen, over de hoofden heen beslissen, dicteren, dicterend, dicterende, anderen dicteren wat ze moeten doen, op je strepen gaan staan
  opposite+: gelijkwaardigheid, respect, dienstbaarheid, luistervaardigheid, coachend vermogen

quality gelijkwaardigheid
  forms: gelijkwaardig, gelijkwaardige
  synonyms: op gelijke voet, egalitair, niet hiërarchisch, iedereen telt mee, ieders stem telt, wederkerigheid, wederkerig, evenwaardig, stem geven aan anderen, iedereen een stem geven, iedereen gelijk behandelen, gelijkheid, op voet van gelijkheid
  excess: vrijblijvendheid, besluiteloosheid, doelloosheid, conflictvermijding, slapheid
  opposite-: bazigheid, arrogantie, dominantie

quality verantwoordelijkheidsgevoel
  forms: verantwoordelijk, verantwoordelijke
  synonyms: verantwoordelijkheid nemen, plichtsbesef, plichtsgetrouwheid, plichtsgetrouw, eigenaarschap, je verantwoordelijkheid pakken, plichtsgevoel, plichtsbewust, plichtsbewustheid, verantwoordelijkheidsbesef, plichtsbetrachting, verantwoordelijkheid, ownership, verantwoording afleggen, aansprakelijkheid, aanspreekbaarheid, aanspreekbaar, accountability
  excess: controlezucht, zelfopoffering, bemoeizucht, perfectionisme, betutteling, werkverslaving, overbetrokkenheid, starheid, zwaarwichtigheid
  opposite-: onverschilligheid, afschuiven, vrijblijvendheid, laksheid, onbetrouwbaarheid

quality resultaatgerichtheid
  forms: resultaatgericht, resultaatgerichte
  synonyms: prestatiegerichtheid, prestatiegericht, taakgerichtheid, taakgericht, targets halen, gaan voor resultaat, resultaat boeken, effectiviteit, effectief, effectieve, resultaatgedreven, resultaat halen, resultaten halen, doelen halen, gaan voor het resultaat, resultaten neerzetten, je targets halen, scoren op targets, op resultaat sturen, sturen op resultaat, sturen op resultaten, op resultaten sturen, resultaatgericht werken, targetgericht, cijfergericht, resultaatverantwoordelijk, resultaatverantwoordelijkheid
  excess: hardheid, drammerigheid, tunnelvisie, kilheid, werkverslaving, kortzichtigheid, ongevoeligheid, ongeduld, eerzucht
  opposite-: vrijblijvendheid, laksheid, gemakzucht, omslachtigheid, slapheid

quality mensgerichtheid
  forms: mensgericht, mensgerichte
  synonyms: oog voor mensen, aandacht voor medewerkers, mensen centraal, mensenmens, persoonlijke aandacht, relatiegericht, relatiegerichtheid, mensen zien, de mens zien, oog hebben voor mensen, oog voor de mens, de mens achter de medewerker, goed met mensen, goed met mensen kunnen, de mens achter de cliënt, de mens achter de patiënt, de mens achter de leerling, aandacht voor de mens, aandacht voor mensen, aandacht voor de mensen, mensentalent, talent voor mensen, goed met kinderen, goed met kinderen kunnen, goed met ouderen, goed met ouderen kunnen, goed met jongeren, goed met jongeren kunnen, goed met mensen omgaan, goed met mensen kunnen omgaan, contactgericht, persoonsgericht, aandacht voor de relatie, oog voor de relatie, investeren in de relatie, bij naam kennen, iedereen bij naam kennen, je bewoners bij naam kennen, al je bewoners bij naam kennen, de bewoners bij naam kennen, je klanten bij naam kennen, al je klanten bij naam kennen, iedereen in de wijk kennen, iedereen in de wijk bij naam kennen, iedereen bij de naam kennen, persoonlijk, heel persoonlijk, persoonlijke benadering, persoonlijk contact
  excess: vrijblijvendheid, pleasegedrag, meegaandheid, conflictvermijding, slapheid, naïviteit, overbetrokkenheid, betutteling, klefheid, partijdigheid
  opposite-: hardheid, kilheid, afstandelijkheid

quality doelgerichtheid
  forms: doelgericht, doelgerichte
  synonyms: doelbewustheid, doelbewust, gericht op het doel, de stip op de horizon volgen, doelen stellen, resultaatgerichtheid
  excess: tunnelvisie, drammerigheid, fanatisme, verbetenheid, hardheid, ongeduld
  opposite-: doelloosheid, versnippering, wispelturigheid

distortion doelloosheid
  forms: richtingloos, richtingloze
  synonyms: doelloos, stuurloosheid, stuurloos, alle kanten op, geen koers, gebrek aan richting, geen richting, te weinig richting, zonder richting, aanmodderen, doormodderen, maar wat aanmodderen, koersloosheid, koersloos, richtingloosheid
  opposite+: doelgerichtheid, vastberadenheid, focus, visie, ambitie, structuur

quality ruimdenkendheid
  forms: ruimdenkend, ruimdenkende
  synonyms: open blik, open houding, open-minded, openheid van geest, breeddenkend, vooroordeelloos, onbevangenheid, vrijzinnig, vrijzinnigheid, open blijven kijken, met een open blik kijken, blijven openstaan, open blijven staan, brede blik, een brede blik, een brede blik hebben, openmindedness, openminded, open mind
  excess: doelloosheid, vaagheid, besluiteloosheid, beïnvloedbaarheid, vrijblijvendheid, naïviteit
  opposite-: tunnelvisie, koppigheid, vooringenomenheid, dogmatisme, zwart-witdenken

quality vastberadenheid
  forms: vastberaden, vastbesloten
  synonyms: resoluutheid, resoluut, vastbeslotenheid, wilskrachtig, niet van je stuk te brengen, sterke wil, een sterke wil, precies weten wat je wilt, weten wat je wilt
  excess: koppigheid, drammerigheid, starheid, verbetenheid, tunnelvisie, dogmatisme, ongeduld
  opposite-: doelloosheid, beïnvloedbaarheid, wispelturigheid, besluiteloosheid, slapheid, meegaandheid

quality ambitie
  forms: ambitieus, ambitieuze
  synonyms: hogerop willen, willen groeien, ambities hebben, streven naar meer, hoge doelen stellen, grenzen verleggen, je grenzen verleggen, de lat hoger leggen, het beste uit jezelf halen, carrièregericht
  excess: eerzucht, werkverslaving, hardheid, drammerigheid, egoïsme, rivaliteit, opportunisme, ongeduld
  opposite-: zelfgenoegzaamheid, gemakzucht, lusteloosheid, passiviteit, laksheid

distortion eerzucht
  forms: eerzuchtig, eerzuchtige
  synonyms: streberigheid, streberig, streber, carrièrezucht, carrièrejagerij, carrièrejager, over lijken gaan, ellebogenwerk, overambitieus, carrièrisme, prestatiezucht, bewijsdrang, jezelf willen bewijzen, met de ellebogen werken, met je ellebogen werken, strebertje, met de eer strijken, met de eer gaan strijken, met de eer gaan lopen, de eer opeisen, met andermans veren pronken, alleen aan je eigen carrière denken, aan je eigen carrière denken, alleen aan zijn eigen carrière denken, aan zijn eigen carrière denken, alleen met je carrière bezig
  opposite+: tevredenheid, bescheidenheid, collegialiteit

quality gedrevenheid
  forms: gedreven
  synonyms: drive, motivatie, gemotiveerd, passie voor je werk, gretigheid, gretig, ambitie, gemotiveerdheid, supergemotiveerd
  excess: werkverslaving, fanatisme, verbetenheid, gejaagdheid, drammerigheid, tunnelvisie, zelfopoffering, ongeduld
  opposite-: gemakzucht, lusteloosheid, passiviteit, laksheid, onverschilligheid

distortion werkverslaving
  forms: werkverslaafd, werkverslaafde
  synonyms: workaholisme, workaholic, niet kunnen stoppen met werken, overwerken, niet kunnen ontspannen, opbranden, opgebrand, burn-out, geen rust nemen, niet kunnen stoppen, overspannen, overspannenheid, altijd maar doorgaan, nooit vrij nemen, 24/7 beschikbaar, dag en nacht beschikbaar, geen privé, geen privéleven, alles voor het werk laten, werk gaat voor alles, altijd aan het werk, 's avonds nog mailen, te hard werken, werk te hard, niet kunnen afschakelen, niet kunnen uitschakelen, niet los kunnen komen van het werk, je rot werken, je uit de naad werken, je kapot werken, nooit aan rust toekomen, niet aan rust toekomen, nooit pauze, nooit pauze nemen, geen pauze nemen, werkzucht, eigen grenzen negeren, je eigen grenzen negeren, over je eigen grenzen gaan, vergeten te rusten, vergeten te pauzeren, niet rusten, nooit rusten, door blijven werken, doorwerken tot het klaar is, je helemaal kapot werken, je een ongeluk werken, je over de kop werken, je te pletter werken, te lang doorwerken, eindeloos doorwerken, te lang doorgaan, maar blijven doorwerken, blijven doorwerken, doorwerken tot je erbij neervalt, tot je erbij neervalt, tot we erbij neervallen, tot ze erbij neervallen, eindeloos overuren draaien, structureel overuren maken
  opposite+: ontspannenheid, rust, zelfzorg, relativeringsvermogen, loslaten

quality ijver
  forms: ijverig, ijverige
  synonyms: vlijt, vlijtig, werklust, hardwerkendheid, hardwerkend, inzet, noeste arbeid, hard werken, harde werker, keihard werken, werkijver, arbeidsethos, werkethos, werkethiek, arbeidsmoraal, handen uit de mouwen, arbeidzaam, arbeidzaamheid, naarstig, zwoegen, zwoegend, de schouders eronder zetten, je schouders eronder zetten, bezige bij, een bezige bij, naarstigheid, noest, werkdrift, werkkracht, een werkpaard, een harde werker, ijverigheid, vlijtigheid, inzetbereidheid, hard werker, hard werkers, harde werkers
  excess: werkverslaving, perfectionisme, gejaagdheid, zelfopoffering, verbetenheid
  opposite-: gemakzucht, laksheid, lusteloosheid

quality toewijding
  forms: toegewijd
  synonyms: overgave, volle inzet, met hart en ziel, je ergens voor inzetten, commitment, toegewijdheid, de extra mijl gaan, een stapje extra zetten, een stapje extra doen, een stap extra zetten, net dat stapje extra, alles geven, gecommitteerd, je inzetten, je inzetten voor de klant, je volledig inzetten, je honderd procent inzetten, een stapje verder gaan, een stap verder gaan
  excess: werkverslaving, fanatisme, zelfopoffering, overbetrokkenheid, verbetenheid
  opposite-: gemakzucht, onverschilligheid, vrijblijvendheid, laksheid

quality charisma
  forms: charismatisch, charismatische
  synonyms: uitstraling, aantrekkingskracht, charme, charmant, presence, een zaal meekrijgen, flair, aanwezigheid, meeslepend
  excess: ijdelheid, dominantie, arrogantie, manipulatie, vleierij
  opposite-: kleurloosheid, saaiheid

distortion ijdelheid
  forms: ijdel, ijdele
  synonyms: aandachttrekkerij, egotripperij, narcisme, narcistisch, in de spotlights willen staan, patser, profileringsdrang, aandacht trekken, aandacht zoeken, aandachtzoekend, pronkzucht, pronken, showen, poseur, narcist, aandacht opeisen, de aandacht naar je toe trekken, egotrip, egotrippen, pronkziek, divagedrag, diva, prima donna, ijdeltuit, geldingsdrang, ijdeltuiterij, aandachtszucht, aandachttrekker, erkenningsdrang, behoefte aan erkenning, aandachtsgeil, in de schijnwerpers, in de schijnwerpers willen staan, op de voorgrond willen staan, primadonna, primadonnagedrag, ostentatief, aandachtziek, aandachtzieke, protserig, protserigheid, in de spotlights staan, in de schijnwerpers staan, praalzucht, de show stelen, in het middelpunt willen staan, graag in het middelpunt staan, zelfpromotie, zelfverheerlijking, een showtje opvoeren, showtje opvoeren, een show opvoeren, een show weggeven, jezelf op de voorgrond zetten, zichzelf op de voorgrond zetten, jezelf op de voorgrond plaatsen, zichzelf op de voorgrond plaatsen, geldingszucht, showgedrag, alleen maar over jezelf praten, heel de dag over jezelf praten, de hele dag over jezelf praten, steeds over jezelf praten
  opposite+: bescheidenheid, ingetogenheid, relativeringsvermogen

quality bescheidenheid
  forms: bescheiden
  synonyms: nederigheid, nederig, zelfrelativerend, niet op de voorgrond treden, anderen laten stralen, ootmoed, ootmoedig, deemoed, deemoedig, deemoedigheid, pretentieloos, pretentieloosheid, ongelijk toegeven, je ongelijk toegeven, ongelijk bekennen, kunnen ongelijk geven, ongelijk geven, anderen laten schitteren, een ander het podium geven, anderen het podium geven, anderen de eer geven, je ego opzij zetten, sorry zeggen, excuses aanbieden, ruimte maken voor anderen, ootmoedigheid, zedigheid, je niet op de voorgrond dringen, niet op de voorgrond dringen, zich niet op de voorgrond dringen, je niet op de voorgrond plaatsen, niet op de voorgrond willen staan, je niet op de voorgrond zetten, geen haantje de voorste, niet haantje de voorste
  excess: kleurloosheid, onzekerheid, onderdanigheid, zelfopoffering, geremdheid
  opposite-: ijdelheid, arrogantie, dominantie, betweterigheid

quality zelfvertrouwen
  forms: zelfverzekerd, zelfverzekerde
  synonyms: zelfverzekerdheid, zelfbewustzijn, zelfbewust, eigenwaarde, geloof in jezelf, stevig in je schoenen, zelfbewustheid, zelfbewuste, zelfwaardering, innerlijke kracht, stelligheid, in je kracht staan, in je kracht, in je kracht gaan staan, zelfzeker, zelfzekerheid, vertrouwen in eigen kunnen, vertrouwen in jezelf, geloof in eigen kunnen, in jezelf geloven, geloven in jezelf, op je eigen kennis vertrouwen, vertrouwen op je eigen kennis, op je eigen kunnen vertrouwen, meer op je eigen kennis vertrouwen
  excess: arrogantie, dominantie, koppigheid, betweterigheid, ijdelheid, eigengereidheid, zelfgenoegzaamheid, roekeloosheid
  opposite-: onzekerheid, kleurloosheid, angstigheid

distortion arrogantie
  forms: arrogant, arrogante
  synonyms: hoogmoed, hoogmoedig, verwaandheid, verwaand, opschepperij, opschepperig, uitsloverij, uitslover, op de borst kloppen, uit de hoogte, hautain, opgeblazenheid, opgeblazen, onbescheidenheid, onbescheiden, betweterigheid, aanmatiging, aanmatigend, aanmatigende, hooghartigheid, hooghartig, hooghartige, zelfoverschatting, grootheidswaan, neerbuigendheid, neerbuigend, neerbuigende, neerbuigend doen, stoer doen, stoerdoenerij, stoerheid, denigrerend, kleinerend, kleineren, minachting, minachtend, geringschatting, geringschattend, eigendunk, superioriteitsgevoel, superieur doen, elitair, snobisme, snobistisch, snob, opscheppen, bluf, bluffen, snoeven, snoeverij, grootdoenerij, groot doen, praatjesmaker, dikdoenerij, dikdoenerig, pompeus, gewichtigdoenerij, gewichtig doen, groot ego, overschatten, pochen, gepoch, stoefen, stoeferij, kapsones, kapsones hebben, praatjes hebben, gewichtig, pocherij, hovaardij, blufferij, branieschopper, trots, blaaskaak, meerderwaardigheid, meerderwaardigheidsgevoel, superieur, superioriteit, megalomaan, megalomanie, imponeergedrag, windbuil, laatdunkend, laatdunkendheid, misprijzend, neerkijkend, neerkijken op anderen, pretentieus, gebrek aan bescheidenheid, geen bescheidenheid, te weinig bescheidenheid, dikke nek, een dikke nek hebben, een dikke nek, meerderwaardig, gewichtigheid, kouwe kak, kakkerig, hoog van de toren blazen, pretentie, pretenties, pretentieusheid, opschepperigheid, hoogmoedigheid, iemand uitlachen, de klant uitlachen, de gebruiker uitlachen, mensen uitlachen, uitlachen, burgers uitlachen, een burger uitlachen
  opposite+: bescheidenheid, relativeringsvermogen, ontvankelijkheid, respect, leergierigheid, zelfreflectie

distortion onzekerheid
  forms: onzeker, onzekere
  synonyms: zelfonderschatting, twijfel aan jezelf, gebrek aan zelfvertrouwen, verlegenheid, verlegen, schuchterheid, schuchter, timide, timiditeit, onderschatten van jezelf, jezelf klein maken, bedeesd, bedeesdheid, geen zelfvertrouwen, twijfelen aan jezelf, te weinig zelfvertrouwen, onderschatten, impostersyndroom, oplichterssyndroom, minderwaardigheid, minderwaardigheidsgevoel, minderwaardigheidscomplex, niet zelfverzekerd, moeite met je uitspreken, moeite met voor jezelf opkomen, snel onzeker, snel ontmoedigd, minderwaardig, jezelf wegzetten, jezelf naar beneden halen, jezelf onderschatten, je klein opstellen, je te klein opstellen, schroomvallig, schroomvalligheid, schroom, jezelf afkraken, jezelf de grond in boren, jezelf kleineren, jezelf afbranden, jezelf omlaag halen, beschroomdheid
  opposite+: zelfvertrouwen, moed, assertiviteit, fierheid, daadkracht

distortion dominantie
  forms: dominant, dominante
  synonyms: overheersing, overheersend, de ruimte innemen, het hoogste woord hebben, walsen over anderen, bazigheid, machtsbelust, machtsbeluste, machtswellust, machtshonger, haantje, haantje de voorste, heerszucht, heerszuchtig, domineren, dominerend, grote mond, macho, machogedrag, bulldozer, stoomwals, over mensen heen walsen, over anderen heen walsen, door anderen heen praten, door iedereen heen praten, anderen onderbreken, in de rede vallen, interrumperen, niet luisteren, niet kunnen luisteren, niet willen luisteren, slecht luisteren, schreeuwlelijk, altijd op de voorgrond, het hoogste woord, grote bek, een grote bek hebben, moeite met luisteren, grote smoel, een grote smoel, de lakens uitdelen, anderen platwalsen, mensen platwalsen, platwalsen, mensen onderbreken, steeds onderbreken, overrulen, walsen over mensen, overal het voortouw willen nemen, altijd het voortouw willen nemen, overal de leiding willen nemen, altijd de leiding willen nemen, altijd de leiding willen hebben, overal de leiding willen hebben, alleen maar zenden, alleen zenden, vooral zenden, op zenden staan, alleen maar zenden en niet ontvangen, anderen niet laten uitpraten, mensen niet laten uitpraten, niemand laten uitpraten, mensen afkappen, anderen afkappen, iemand afkappen, machtszucht, machtsdrang, slechte luisteraar, een slechte luisteraar, de mond snoeren, iedereen de mond snoeren
  opposite+: bescheidenheid, dienstbaarheid, ontvankelijkheid, gelijkwaardigheid, luistervaardigheid, terughoudendheid

quality verbindend vermogen
  forms: verbindend, verbindende, verbinden
  synonyms: verbinder, bruggen bouwen, harmonie, harmonieus, bemiddelen, bemiddelend vermogen, mensen bij elkaar brengen, harmonisch, harmoniegericht, harmoniegerichtheid, harmoniezoekend, harmoniegerichte, vredelievend, vredelievendheid, bruggenbouwer, bemiddelaar, vredestichter, peacemaker, vrede, samenbindend, bruggen slaan, het team bij elkaar houden, de groep bij elkaar houden, mensen samenbrengen, de boel bij elkaar houden, een harmoniemens, harmoniemens
  excess: conflictvermijding, pleasegedrag, meegaandheid, groepsdenken, vaagheid, kleurloosheid
  opposite-: agressiviteit, botheid, eigengereidheid, polarisatie

distortion conflictvermijding
  forms: conflictvermijdend, conflictvermijdende, conflicten vermijden
  synonyms: harmoniezucht, lieve vrede, de lieve vrede bewaren, geen ruzie willen, onder het tapijt vegen, geen conflict willen, toedekken, conflict vermijden, struisvogelpolitiek, de kop in het zand steken, kop in het zand, conflictschuw, vermijdend, vermijden, vermijdingsgedrag, vluchtgedrag, weglopen voor problemen, struisvogel, struisvogelgedrag, sussen, gladstrijken, de kool en de geit sparen, kool en geit sparen, conflicten uit de weg gaan, conflict uit de weg gaan, uit de weg gaan, confrontaties uit de weg gaan, confrontaties vermijden, weglopen, moeite met conflicten, moeite met confrontaties, moeite met confrontatie, vluchten, wegvluchten, bang voor conflicten, bang voor conflict, bang voor ruzie, conflicten uit de weg, conflict uit de weg, ga conflicten uit de weg, ik ga conflicten uit de weg, de kool en de geit, het hoofd in het zand steken, hoofd in het zand, niemand durven aanspreken, niemand aanspreken op gedrag, elkaar niet aanspreken, elkaar niet durven aanspreken, mensen niet durven aanspreken, niet durven aanspreken, niemand aan durven spreken, elkaar niet aan durven spreken, geen partij willen kiezen, geen partij kiezen, geen kant kiezen, geen kant willen kiezen, geen conflicten aangaan, geen conflict aangaan, het conflict niet aangaan, geen verschil durven maken, geen onderscheid durven maken, gelijkmakerij, harmoniedrang, vrede ten koste van alles, harmonie ten koste van alles, gedoe voorkomen, gedoe vermijden, om gedoe te voorkomen, geen gedoe willen, gedoe uit de weg gaan, om gezeur te voorkomen, gezeur voorkomen, om ruzie te voorkomen, elkaar sparen, elkaar te veel sparen, elkaar te erg sparen, te weinig zeggen waar het op staat, niet zeggen waar het op staat, zeggen niet waar het op staat, zeggen te weinig waar het op staat, zeggen nooit waar het op staat, niet zeggen wat je denkt, niet uitspreken wat je denkt, moeilijke gesprekken voor je uitschuiven, lastige gesprekken voor je uitschuiven, moeilijke gesprekken uitstellen, lastige gesprekken uitstellen, moeilijke gesprekken vermijden
  opposite+: assertiviteit, directheid, duidelijkheid, moed, eerlijkheid, grenzen stellen

quality saamhorigheid
  forms: saamhorig, saamhorige
  synonyms: teamgeest, wij-gevoel, samenhang in het team, eenheid in het team, gemeenschapszin, groepsgevoel, groepsgeest, eensgezind, eensgezindheid, teamspirit, team spirit, eendrachtig, eendrachtigheid, groepssolidariteit
  excess: groepsdenken, klefheid, conflictvermijding, meegaandheid, volgzaamheid
  opposite-: eigengereidheid, egoïsme, afstandelijkheid

distortion groepsdenken
  forms: groupthink
  synonyms: kuddegedrag, ons-kent-ons, kliekvorming, iedereen denkt hetzelfde, niemand durft tegengas te geven, gelijkvormigheid, gelijkvormig, wij-zij, conformisme, conformistisch, conformist, groepsdruk, elkaar de hand boven het hoofd houden, elkaar indekken, elkaar de hand boven het hoofd, huilen met de wolven in het bos, kuddegeest, zich verliezen in de groep, je verliezen in de groep, jezelf verliezen in de groep, zichzelf verliezen in de groep, verdwijnen in de groep, opgaan in de massa, groepsmentaliteit, een gesloten club, gesloten club, kliekjesgedrag, kliekjes vormen, kliekjesvorming
  opposite+: zelfstandigheid, kritisch vermogen, onafhankelijkheid, authenticiteit, creativiteit

quality authenticiteit
  forms: authentiek, authentieke
  synonyms: echtheid, eigenheid, jezelf zijn, jezelf blijven, oprecht jezelf, jezelf durven zijn, individualiteit, eigen identiteit, eigenzinnig, eigenzinnigheid, eigenzinnige, trouw aan jezelf, trouw blijven aan jezelf, jezelf trouw blijven, durven zijn wie je bent, zijn wie je bent, je ware gezicht laten zien
  excess: eigengereidheid, koppigheid, ongegeneerdheid, egoïsme, dwarsliggerij, tactloosheid
  opposite-: meegaandheid, pleasegedrag, eromheen draaien, kleurloosheid, opportunisme

quality representativiteit
  forms: representatief, representatieve, representatief zijn
  synonyms: representatief voorkomen, een representatief voorkomen, representatieve uitstraling, een representatieve uitstraling, verzorgd voorkomen, een verzorgd voorkomen, verzorgdheid, goed verzorgd, presentabel, presentabiliteit, de organisatie goed vertegenwoordigen, het bedrijf goed vertegenwoordigen, visitekaartje, het visitekaartje van de organisatie, een goed visitekaartje
  excess: eromheen draaien, ijdelheid, stijfheid, onechtheid
  opposite-: slordigheid, ongegeneerdheid

quality aanpassingsvermogen
  forms: zich aanpassen, aanpasbaar
  synonyms: flexibiliteit, aanpasbaarheid, je kunnen voegen, meebuigen, je aanpassen aan de situatie, aanpassing, omgaan met verandering, omgaan met veranderingen, kunnen omgaan met verandering, goed omgaan met verandering, je aanpassen, aansluiten bij de groep, je aansluiten bij de groep, aansluiting zoeken bij de groep, veranderingsbekwaamheid, aansluiten bij de norm, je aan de norm aanpassen
  excess: meegaandheid, inconsequentheid, kleurloosheid, volgzaamheid, pleasegedrag, opportunisme, beïnvloedbaarheid, groepsdenken
  opposite-: eigengereidheid, bureaucratie, starheid, koppigheid

quality onbevangenheid
  forms: onbevangen
  synonyms: zonder vooroordelen, blanco, onbevooroordeeldheid, onbevooroordeeld, frisse blik, kinderlijk, kinderlijke verwondering, je oordeel uitstellen, oordeel uitstellen, oordeelvrij, niet oordelen, niet meteen oordelen, zonder oordeel, oordeelloos
  excess: naïviteit, ondoordachtheid, ongegeneerdheid, tactloosheid, kinderachtigheid
  opposite-: behoudzucht, vooringenomenheid, berekenendheid, wantrouwen, cynisme

quality mensenkennis
  forms: mensenkenner
  synonyms: mensen goed kunnen inschatten, mensen doorzien, inschattingsvermogen, psychologisch inzicht, mensen inschatten, mensen goed inschatten, mensen kunnen inschatten
  excess: vooringenomenheid, wantrouwen, berekenendheid, manipulatie
  opposite-: naïviteit

distortion vooringenomenheid
  forms: vooringenomen
  synonyms: vooroordelen, bevooroordeeldheid, bevooroordeeld, iemand in een hokje stoppen, etiketten plakken, bekrompenheid, bekrompen, kleingeestigheid, kleingeestig, snel oordelen, te snel oordelen, snel een oordeel klaar hebben, veroordelend, veroordelen, oordelend, snel conclusies trekken, te snel conclusies trekken, voorbarige conclusies, mensen in hokjes stoppen, mensen in hokjes plaatsen, mensen in een hokje stoppen, mensen in een hokje plaatsen, in hokjes stoppen, mensen labelen, mensen een etiket opplakken, je mening klaar hebben, je mening al klaar hebben, snel je mening klaar hebben, je oordeel klaar hebben, snel je oordeel klaar hebben, enggeestig, kleinsteedsheid, in een hokje stoppen, in een hokje plaatsen, in een hokje zetten
  opposite+: onbevangenheid, ruimdenkendheid, nieuwsgierigheid, objectiviteit

quadrant besluitvaardigheid > overhaastheid > bedachtzaamheid > besluiteloosheid
quadrant consensusgerichtheid > besluiteloosheid > besluitvaardigheid > eigenmachtigheid
quadrant initiatief > eigenmachtigheid > samenwerkingsgerichtheid > afhankelijkheid
quadrant representativiteit > eromheen draaien > authenticiteit > ongegeneerdheid
quadrant visie > zweverigheid > pragmatisme > kortzichtigheid
quadrant strategisch vermogen > berekenendheid > spontaniteit > impulsiviteit
quadrant idealisme > zweverigheid > realisme > cynisme
quadrant optimisme > naïviteit > realisme > pessimisme
quadrant loyaliteit > volgzaamheid > kritisch vermogen > dwarsliggerij
quadrant bereidwilligheid > volgzaamheid > kritisch vermogen > dwarsliggerij
quadrant onafhankelijkheid > eigengereidheid > loyaliteit > volgzaamheid
quadrant sturing > controlezucht > loslaten > vrijblijvendheid
quadrant gezag > bazigheid > gelijkwaardigheid > vrijblijvendheid
quadrant verantwoordelijkheidsgevoel > controlezucht > loslaten > onverschilligheid
quadrant resultaatgerichtheid > hardheid > mensgerichtheid > vrijblijvendheid
quadrant doelgerichtheid > tunnelvisie > ruimdenkendheid > doelloosheid
quadrant vastberadenheid > koppigheid > ruimdenkendheid > doelloosheid
quadrant ambitie > eerzucht > tevredenheid > zelfgenoegzaamheid
quadrant gedrevenheid > werkverslaving > ontspannenheid > gemakzucht
quadrant ijver > werkverslaving > ontspannenheid > gemakzucht
quadrant toewijding > werkverslaving > ontspannenheid > gemakzucht
quadrant charisma > ijdelheid > bescheidenheid > kleurloosheid
quadrant zelfvertrouwen > arrogantie > bescheidenheid > onzekerheid
quadrant assertiviteit > dominantie > bescheidenheid > onderdanigheid
quadrant verbindend vermogen > conflictvermijding > assertiviteit > agressiviteit
quadrant saamhorigheid > groepsdenken > zelfstandigheid > eigengereidheid
quadrant aanpassingsvermogen > meegaandheid > authenticiteit > eigengereidheid
quadrant onbevangenheid > naïviteit > mensenkennis > vooringenomenheid
quadrant bedachtzaamheid > besluiteloosheid > besluitvaardigheid > overhaastheid
quadrant besluitvaardigheid > eigenmachtigheid > consensusgerichtheid > besluiteloosheid
quadrant samenwerkingsgerichtheid > afhankelijkheid > initiatief > eigenmachtigheid
quadrant pragmatisme > kortzichtigheid > visie > zweverigheid
quadrant spontaniteit > impulsiviteit > strategisch vermogen > berekenendheid
quadrant realisme > cynisme > idealisme > zweverigheid
quadrant realisme > pessimisme > optimisme > naïviteit
quadrant kritisch vermogen > dwarsliggerij > loyaliteit > volgzaamheid
quadrant kritisch vermogen > dwarsliggerij > bereidwilligheid > volgzaamheid
quadrant loyaliteit > volgzaamheid > onafhankelijkheid > eigengereidheid
quadrant loslaten > vrijblijvendheid > sturing > controlezucht
quadrant gelijkwaardigheid > vrijblijvendheid > gezag > bazigheid
quadrant loslaten > onverschilligheid > verantwoordelijkheidsgevoel > controlezucht
quadrant mensgerichtheid > vrijblijvendheid > resultaatgerichtheid > hardheid
quadrant ruimdenkendheid > doelloosheid > doelgerichtheid > tunnelvisie
quadrant ruimdenkendheid > doelloosheid > vastberadenheid > koppigheid
quadrant tevredenheid > zelfgenoegzaamheid > ambitie > eerzucht
quadrant ontspannenheid > gemakzucht > gedrevenheid > werkverslaving
quadrant ontspannenheid > gemakzucht > ijver > werkverslaving
quadrant ontspannenheid > gemakzucht > toewijding > werkverslaving
quadrant bescheidenheid > kleurloosheid > charisma > ijdelheid
quadrant bescheidenheid > onzekerheid > zelfvertrouwen > arrogantie
quadrant bescheidenheid > onderdanigheid > assertiviteit > dominantie
quadrant assertiviteit > agressiviteit > verbindend vermogen > conflictvermijding
quadrant zelfstandigheid > eigengereidheid > saamhorigheid > groepsdenken
quadrant authenticiteit > eigengereidheid > aanpassingsvermogen > meegaandheid
quadrant mensenkennis > vooringenomenheid > onbevangenheid > naïviteit

# ======================================================================
# Ofmans klassiekers: eerlijkheid, openheid, tact
# ======================================================================

quality eerlijkheid
  forms: eerlijk, eerlijke
  synonyms: oprechtheid, oprecht, oprechte, waarheidsliefde, waarachtigheid, de waarheid spreken, geen geheime agenda, waarachtig, waarheid, waarheidsgetrouw, doodeerlijk
  excess: botheid, tactloosheid, hardheid, moralisme, loslippigheid, ongegeneerdheid, ongevoeligheid
  opposite-: pleasegedrag, eromheen draaien, manipulatie, vleierij, opportunisme, onbetrouwbaarheid

quality tact
  forms: tactvol, tactvolle
  synonyms: tactgevoel, fijngevoeligheid in contact, met tact, kiesheid, omzichtigheid, behoedzaam formuleren, omzichtig, omzichtige, timing, fingerspitzengefühl, met fluwelen handschoen, met fluwelen handschoenen, nadenken hoe iets overkomt, nadenken over hoe iets overkomt, letten op hoe iets overkomt, beter nadenken hoe iets overkomt, wijs spreken, wijs formuleren, je woorden wegen, woorden wegen, je woorden kiezen, je woorden zorgvuldig kiezen, je woorden met zorg kiezen, zorgvuldig formuleren, bedachtzaam formuleren, met zorg formuleren
  excess: eromheen draaien, geslotenheid, vaagheid, vleierij, conflictvermijding, pleasegedrag, meegaandheid, onechtheid
  opposite-: botheid, tactloosheid, ongegeneerdheid, agressiviteit

distortion eromheen draaien
  forms: draaierig, draaierige
  synonyms: ontwijkendheid, ontwijkend, om de hete brij heen draaien, gladheid, gladde praatjes, hypocrisie, hypocriet, schijnheiligheid, schijnheilig, oneerlijkheid, oneerlijk, onoprechtheid, onoprecht, leugenachtigheid, leugenachtig, liegen, huichelarij, huichelachtig, draaien, sjoemelen, gesjoemel, gesjoemel met regels, achterbaksheid, achterbaks, achterbakse, glad, gladjanus, stiekem, geniepig, geniepigheid, gluiperig, vals, valsheid, niet eerlijk, kameleon, leugenaar, dubbelhartig, dubbelhartigheid, gladde prater, mooiprater, mooipraterij, sjoemelaar, frauduleus, gladjes, glibberig, gedraai, bedrieger, huichelachtigheid, gluiperigheid, glibberigheid, bedrieglijk, nep, achter de rug om, achterklap, kwaadspreken, zwartmaken, mooi weer spelen, jokken, gladde aal, geen standpunt, geen standpunt innemen, gebrek aan eerlijkheid, geen eerlijkheid, te weinig eerlijkheid, hypocritisch, verkooppraatjes, praatjes verkopen, de waarheid geweld aandoen, leugens vertellen, liegen en bedriegen, achter je rug om, met twee monden praten, met twee monden spreken, schone schijn, de schone schijn ophouden, schijn ophouden, de schijn ophouden, een façade ophouden, mooier voordoen dan het is, window dressing, stiekemheid, de kat in het donker knijpen, indirectheid, onwaarachtig, onwaarachtigheid, draaierigheid, eromheen praten, er omheen praten, er omheen draaien
  opposite+: directheid, eerlijkheid, duidelijkheid, integriteit, principevastheid

distortion onechtheid
  forms: onechte
  synonyms: onecht, gemaaktheid, gekunsteldheid, gekunsteld, gekunstelde, geveinsdheid, geveinsd, geforceerdheid, onnatuurlijkheid, onnatuurlijk, gespeeldheid, een masker dragen, een masker opzetten, achter een masker, achter een masker verschuilen, je anders voordoen dan je bent, je anders voordoen, jezelf anders voordoen, niet jezelf zijn, niet meer jezelf zijn, jezelf niet meer zijn
  opposite+: authenticiteit, directheid, eerlijkheid

distortion tactloosheid
  forms: tactloos, tactloze, ongefilterdheid
  synonyms: ondiplomatiek, olifant in de porseleinkast, geen tact, botheid, ontactisch, flapuit, onhandig, sociaal onhandig, onhandigheid, onbeholpen, ongefilterd, niet tactvol, niet diplomatiek, gebrek aan tact, te weinig tact, zonder tact, als een olifant door de porseleinkast, olifant door de porseleinkast, onkiesheid, zonder filter, geen filter, geen filter hebben, alles ongefilterd zeggen, ongefilterd zeggen wat je denkt, ongefilterd communiceren, ongezouten zeggen wat je denkt, zonder filter praten, zonder filter zeggen wat je denkt, geen filter tussen denken en zeggen, ongefilterd reageren, tegen je in het harnas jagen, iedereen tegen je in het harnas jagen, in het harnas jagen
  opposite+: tact, diplomatie, inlevingsvermogen, beleefdheid, discretie

quality diplomatie
  forms: diplomatiek, diplomatieke
  synonyms: diplomatieke vaardigheid, tact, schipperen tussen partijen, verzoenend, diplomaat, zacht voor de mens hard voor de zaak, hard op de inhoud zacht op de relatie, zacht op de relatie hard op de inhoud, diplomatisch
  excess: geslotenheid, eromheen draaien, vaagheid, conflictvermijding, pleasegedrag, opportunisme, manipulatie, onechtheid
  opposite-: tactloosheid, botheid, agressiviteit, ongegeneerdheid

quadrant directheid > botheid > tact > eromheen draaien
quadrant eerlijkheid > botheid > tact > eromheen draaien
quadrant openheid > tactloosheid > tact > geslotenheid
quadrant openheid > tactloosheid > diplomatie > geslotenheid
quadrant diplomatie > eromheen draaien > directheid > botheid
quadrant tact > eromheen draaien > directheid > botheid
quadrant tact > eromheen draaien > eerlijkheid > botheid
quadrant tact > geslotenheid > openheid > tactloosheid
quadrant diplomatie > geslotenheid > openheid > tactloosheid
quadrant directheid > botheid > diplomatie > eromheen draaien

# ======================================================================
# Leiderschap en teams: aanvullingen
# ======================================================================

quality coachend vermogen
  forms: coachend, coachende, coachen
  synonyms: coachende houding, coachend leidinggeven, mensen laten groeien, talent ontwikkelen, vragen stellen in plaats van antwoorden geven, begeleiden, het beste uit mensen halen, empowerment, anderen laten groeien, anderen ontwikkelen, anderen helpen groeien, mensen helpen groeien, leerlingen laten nadenken, zelf laten ontdekken, kinderen zelf laten ontdekken, mensen in je kracht zetten, mensen in je kracht laten staan, in hun kracht zetten, faciliterend leiderschap, mensen ontwikkelen, medewerkers ontwikkelen, non-directief
  excess: vrijblijvendheid, passiviteit, betutteling, doelloosheid
  opposite-: controlezucht, dominantie, bazigheid, betweterigheid

quality inspirerend vermogen
  forms: inspirerend, inspirerende, inspireren
  synonyms: inspiratiebron, mensen inspireren, mensen in beweging brengen, een verhaal vertellen dat raakt, motiverend, motiveren, stimulerend, enthousiasmerend, anderen meekrijgen, inspiratie, bezieler, bemoedigend, aanmoedigend, aanmoedigen, aanmoediging, anderen aanmoedigen, het vuur aanwakkeren, mensen in vuur en vlam zetten, een duwtje in de rug, een duwtje in de rug geven, mensen uitdagen, anderen uitdagen, elkaar uitdagen, mensen uitdagen om te groeien
  excess: hoogdravendheid, dramatiek, zweverigheid, manipulatie, overenthousiasme
  opposite-: saaiheid, lusteloosheid, cynisme, kleurloosheid

distortion hoogdravendheid
  forms: hoogdravend, hoogdravende
  synonyms: grootspraak, bombast, bombastisch, holle frasen, grote woorden, retoriek zonder inhoud, grootsprakig, grootsprakigheid, gezwollenheid
  opposite+: nuchterheid, eenvoud, bescheidenheid, bondigheid

distortion rivaliteit
  forms: rivaliserend, rivaliserende
  synonyms: concurrentiestrijd, elkaar de loef afsteken, elkaar aftroeven, onderlinge strijd, haantjes de voorste, slecht verliezen, slecht tegen je verlies kunnen, niet tegen je verlies kunnen, slecht kunnen verliezen, een slechte verliezer, slechte verliezer, niet tegen verlies kunnen, koste wat kost winnen, tot elke prijs winnen, winnen ten koste van alles, winnen tegen elke prijs, haantjesgedrag, haantjes, haantjesgedoe, niet kunnen verliezen
  opposite+: samenwerkingsgerichtheid, collegialiteit, saamhorigheid, verbindend vermogen

quality procesgerichtheid
  forms: procesgericht, procesgerichte
  synonyms: oog voor het proces, aandacht voor het proces, procesmatig werken, procesbewaking, regelgericht, regelgerichtheid, volgens de regels werken, volgens protocol werken, procedureel, protocollair, protocollen volgen, het protocol volgen, procedures volgen, compliance, volgens de procedure werken, handelen volgens protocol, werken volgens protocol, procesmatig
  excess: omslachtigheid, vrijblijvendheid, bureaucratie, besluiteloosheid
  opposite-: tunnelvisie, drammerigheid, overhaastheid

quality competitiviteit
  forms: competitief, competitieve
  synonyms: wedijver, winnaarsmentaliteit, willen winnen, prestatiedrang, strijdlust, strijdlustig, scoringsdrang, concurrerend, een winnaar, een winnaarstype, winnaarstype, winnen willen, killersmentaliteit, strijdlustigheid, wedstrijdmentaliteit, scoringsdrift, competitiedrang
  excess: eerzucht, hardheid, egoïsme, drammerigheid, rivaliteit, jaloezie, agressiviteit
  opposite-: zelfgenoegzaamheid, gemakzucht, passiviteit, vrijblijvendheid

quality omgevingsbewustzijn
  forms: omgevingsbewust, omgevingsbewuste
  synonyms: organisatiesensitiviteit, politieke sensitiviteit, omgevingssensitiviteit, weten hoe de hazen lopen, gevoel voor de politieke verhoudingen, politiek sensitief, omgevingssensitief
  excess: berekenendheid, opportunisme, beïnvloedbaarheid
  opposite-: naïviteit, tunnelvisie

quality fierheid
  forms: fier, fiere
  synonyms: trots, zelfrespect, waardigheid, met opgeheven hoofd, rechte rug, waardig, eergevoel
  excess: arrogantie, ijdelheid, koppigheid, eigengereidheid, dominantie
  opposite-: onderdanigheid, slapheid

quadrant coachend vermogen > vrijblijvendheid > sturing > controlezucht
quadrant inspirerend vermogen > hoogdravendheid > nuchterheid > saaiheid
quadrant competitiviteit > eerzucht > tevredenheid > zelfgenoegzaamheid
quadrant omgevingsbewustzijn > berekenendheid > onbevangenheid > naïviteit
quadrant fierheid > arrogantie > bescheidenheid > onderdanigheid
quadrant sturing > controlezucht > coachend vermogen > vrijblijvendheid
quadrant nuchterheid > saaiheid > inspirerend vermogen > hoogdravendheid
quadrant tevredenheid > zelfgenoegzaamheid > competitiviteit > eerzucht
quadrant onbevangenheid > naïviteit > omgevingsbewustzijn > berekenendheid
quadrant bescheidenheid > onderdanigheid > fierheid > arrogantie

# ======================================================================
# Uit gepubliceerde kwadranten van coaches en trainers
# ======================================================================

quality zichtbaarheid
  forms: zichtbaar, zichtbare
  synonyms: profileren, profilerend, jezelf profileren, profilering, jezelf laten zien, van je laten horen, je stem laten horen, je laten zien, laten zien wie je bent, opvallend, durven opvallen, je durven laten zien, naar voren stappen, op de voorgrond durven treden, op de voorgrond treden, zich laten zien, zichzelf laten zien
  excess: arrogantie, ijdelheid, dominantie, opdringerigheid, dramatiek, eerzucht, eigengereidheid
  opposite-: kleurloosheid, geslotenheid

quality beschouwelijkheid
  forms: beschouwend, beschouwende, beschouwelijk
  synonyms: contemplatief, bespiegelend, observeren, een stap terug doen, van een afstand bekijken, filosofisch, peinzend, mijmerend, filosoferen, een denker, een denker zijn, een nadenker, een beschouwer
  excess: afstandelijkheid, onverschilligheid, navelstaren, passiviteit, overanalyseren
  opposite-: sentimentaliteit, fanatisme, impulsiviteit, overhaastheid, dramatiek

distortion sentimentaliteit
  forms: sentimenteel, sentimentele
  synonyms: zoetsappigheid, zoetsappig, overemotioneel, emotioneel meegesleept worden, tranentrekkerij, medelijden, onzakelijk, onzakelijkheid, sentimentalisme
  opposite+: beschouwelijkheid, zelfbeheersing, zakelijkheid, rationaliteit, nuchterheid, objectiviteit, professionele afstand

quality gezagsgetrouwheid
  forms: gezagsgetrouw, gezagsgetrouwe, volgzaam, volgzame
  synonyms: gehoorzaamheid, gehoorzaam, loyaal aan gezag, loyaal gezag, respect voor gezag, regels volgen, regelvastheid, regelvast, regelvaste, regeltrouw, regelgetrouw, regels naleven, je aan de regels houden, zorgvuldig naleven van regels, naleven van regels, regels zorgvuldig naleven, regelnaleving
  excess: onderdanigheid, volgzaamheid, meegaandheid, bureaucratie, starheid, groepsdenken, passiviteit
  opposite-: eigengereidheid, dwarsliggerij, eigenmachtigheid, ongegeneerdheid

quadrant zichtbaarheid > arrogantie > bescheidenheid > kleurloosheid
quadrant beschouwelijkheid > afstandelijkheid > inlevingsvermogen > sentimentaliteit
quadrant betrokkenheid > fanatisme > beschouwelijkheid > onverschilligheid
quadrant zelfbeheersing > afstandelijkheid > inlevingsvermogen > sentimentaliteit
quadrant gezagsgetrouwheid > onderdanigheid > onafhankelijkheid > eigengereidheid
quadrant gezagsgetrouwheid > onderdanigheid > kritisch vermogen > dwarsliggerij
quadrant bedachtzaamheid > besluiteloosheid > daadkracht > impulsiviteit
quadrant accuratesse > pietluttigheid > creativiteit > chaos
quadrant bedachtzaamheid > angstigheid > moed > roekeloosheid
quadrant besluitvaardigheid > drammerigheid > ontvankelijkheid > besluiteloosheid
quadrant betrouwbaarheid > saaiheid > vernieuwingsdrang > willekeur
quadrant efficiëntie > starheid > creativiteit > chaos
quadrant discipline > starheid > loslaten > laksheid
quadrant structuur > bureaucratie > aanpassingsvermogen > inconsequentheid
quadrant verbindend vermogen > conflictvermijding > directheid > agressiviteit
quadrant ingetogenheid > passiviteit > initiatief > opdringerigheid
quadrant vernieuwingsdrang > zweverigheid > efficiëntie > starheid
quadrant kritisch vermogen > dwarsliggerij > respect > volgzaamheid
quadrant moed > roekeloosheid > bedachtzaamheid > besluiteloosheid
quadrant moed > roekeloosheid > bedachtzaamheid > lafheid
quadrant optimisme > naïviteit > alertheid > pessimisme
quadrant rationaliteit > afstandelijkheid > betrokkenheid > partijdigheid
quadrant relativeringsvermogen > kleurloosheid > overtuigingskracht > arrogantie
quadrant relativeringsvermogen > oppervlakkigheid > ernst > zwaarwichtigheid
quadrant rust > passiviteit > initiatief > opdringerigheid
quadrant spontaniteit > wispelturigheid > consequentheid > starheid
quadrant stabiliteit > traagheid > vernieuwingsdrang > impulsiviteit
quadrant zelfvertrouwen > arrogantie > bescheidenheid > kleurloosheid
quadrant loyaliteit > controlezucht > loslaten > onverschilligheid
quadrant enthousiasme > overenthousiasme > geduld > passiviteit
quadrant nieuwsgierigheid > versnippering > focus > onverschilligheid
quadrant betrouwbaarheid > zelfopoffering > grenzen stellen > onbetrouwbaarheid
quadrant bescheidenheid > kleurloosheid > zichtbaarheid > arrogantie
quadrant inlevingsvermogen > sentimentaliteit > beschouwelijkheid > afstandelijkheid
quadrant beschouwelijkheid > onverschilligheid > betrokkenheid > fanatisme
quadrant inlevingsvermogen > sentimentaliteit > zelfbeheersing > afstandelijkheid
quadrant onafhankelijkheid > eigengereidheid > gezagsgetrouwheid > onderdanigheid
quadrant kritisch vermogen > dwarsliggerij > gezagsgetrouwheid > onderdanigheid
quadrant daadkracht > impulsiviteit > bedachtzaamheid > besluiteloosheid
quadrant creativiteit > chaos > accuratesse > pietluttigheid
quadrant moed > roekeloosheid > bedachtzaamheid > angstigheid
quadrant ontvankelijkheid > besluiteloosheid > besluitvaardigheid > drammerigheid
quadrant vernieuwingsdrang > willekeur > betrouwbaarheid > saaiheid
quadrant creativiteit > chaos > efficiëntie > starheid
quadrant loslaten > laksheid > discipline > starheid
quadrant aanpassingsvermogen > inconsequentheid > structuur > bureaucratie
quadrant directheid > agressiviteit > verbindend vermogen > conflictvermijding
quadrant initiatief > opdringerigheid > ingetogenheid > passiviteit
quadrant efficiëntie > starheid > vernieuwingsdrang > zweverigheid
quadrant respect > volgzaamheid > kritisch vermogen > dwarsliggerij
quadrant bedachtzaamheid > besluiteloosheid > moed > roekeloosheid
quadrant bedachtzaamheid > lafheid > moed > roekeloosheid
quadrant alertheid > pessimisme > optimisme > naïviteit
quadrant betrokkenheid > partijdigheid > rationaliteit > afstandelijkheid
quadrant overtuigingskracht > arrogantie > relativeringsvermogen > kleurloosheid
quadrant ernst > zwaarwichtigheid > relativeringsvermogen > oppervlakkigheid
quadrant initiatief > opdringerigheid > rust > passiviteit
quadrant consequentheid > starheid > spontaniteit > wispelturigheid
quadrant vernieuwingsdrang > impulsiviteit > stabiliteit > traagheid
quadrant bescheidenheid > kleurloosheid > zelfvertrouwen > arrogantie
quadrant loslaten > onverschilligheid > loyaliteit > controlezucht
quadrant geduld > passiviteit > enthousiasme > overenthousiasme
quadrant focus > onverschilligheid > nieuwsgierigheid > versnippering
quadrant grenzen stellen > onbetrouwbaarheid > betrouwbaarheid > zelfopoffering

# ======================================================================
# Klassiekers uit trainingen en workshops: woorden die coaches gebruiken
# ======================================================================

distortion dogmatisme
  forms: dogmatisch, dogmatische
  synonyms: leerstelligheid, leerstellig, scherpslijperij, scherpslijper, regels boven mensen, principes boven alles, rechtzinnigheid, doctrinair, apodictisch, legalisme, legalistisch, rechtzinnig, dogmatiek, absolutisme, domme stelligheid, blinde stelligheid, onwrikbare stelligheid, stelligheid zonder twijfel
  opposite+: pragmatisme, ruimdenkendheid, genuanceerdheid, flexibiliteit, relativeringsvermogen, nieuwsgierigheid

distortion afschuiven
  forms: afschuiverij, afschuivend
  synonyms: verantwoordelijkheid afschuiven, de verantwoordelijkheid afschuiven, zwartepieten, de schuld bij een ander leggen, de schuld bij anderen leggen, over de schutting gooien, wegkijken, smoesjes, excuses zoeken, uitvluchten, verantwoordelijkheid ontlopen, geen verantwoordelijkheid nemen, vingerwijzen, beschuldigen, beschuldigend, de schuld geven, anderen de schuld geven, de schuld afschuiven, verantwoordelijkheidsschuw, niet mijn pakkie-an, dat is mijn afdeling niet, niet mijn afdeling, niet mijn probleem, de andere kant op kijken, dat is je taak niet, dat is niet je taak, niet je taak, dat is je werk niet, niet je werk, daar gaan wij niet over, daar gaan we niet over, daar ga ik niet over, het aan een ander wijten, aan een ander wijten, aan anderen wijten, op een ander afschuiven, op anderen afschuiven, aan een ander wijt, aan anderen wijt, het op een ander afschuift, bij een ander loket, bij een ander loket zijn, naar een ander loket sturen, de schuld bij de vorige dienst leggen, de schuld bij de vorige dienst, de schuld bij de ander, de schuld bij anderen, de schuld bij de klant, de schuld bij collega's, de schuld bij het systeem, de schuld bij de andere afdeling, je handen van alles aftrekken, je handen ervan aftrekken, je handen van aftrekken, de handen ervan aftrekken, zomaar doorverbinden, altijd een excuus hebben, altijd een excuus, overal een excuus voor hebben, altijd een smoesje hebben, altijd een smoes, op de ander laten liggen, op een ander laten liggen, op anderen laten liggen, voor de volgende dienst laten liggen, laten liggen voor de volgende dienst, je eigen straatje schoonvegen, eigen straatje schoonvegen
  opposite+: verantwoordelijkheidsgevoel, betrokkenheid, integriteit, betrouwbaarheid

quadrant gedrevenheid > fanatisme > ontspannenheid > onverschilligheid
quadrant enthousiasme > fanatisme > rust > lusteloosheid
quadrant vertrouwen > naïviteit > alertheid > wantrouwen
quadrant sturing > dominantie > dienstbaarheid > onderdanigheid
quadrant principevastheid > dogmatisme > pragmatisme > opportunisme
quadrant verantwoordelijkheidsgevoel > controlezucht > loslaten > afschuiven
quadrant vastberadenheid > koppigheid > ontvankelijkheid > beïnvloedbaarheid
quadrant diplomatie > vaagheid > duidelijkheid > botheid
quadrant orde > starheid > spontaniteit > chaos
quadrant discipline > verbetenheid > ontspannenheid > gemakzucht
quadrant voortvarendheid > slordigheid > zorgvuldigheid > traagheid

# Valkuilen die coaches vaak noemen: te streng zijn en piekeren

distortion strengheid
  forms: streng, strenge
  synonyms: te streng, overdreven streng, onverbiddelijkheid, onverbiddelijk, bestraffend, gestrengheid, drilmeester, africhten, kinderen drillen, leerlingen drillen, de klas drillen, mensen drillen, drilmethode, onvermurwbaarheid, ontoegeeflijk, voor alles een bon uitschrijven, een bon uitschrijven, bonnen uitschrijven, voor alles meteen een bon uitschrijven, meteen een bon uitschrijven, voor alles een boete geven, drillen, voor alles straffen, overal straf op zetten, overal een bekeuring voor schrijven, overal een bekeuring voor, overal een boete voor, voor alles een bekeuring, voor alles een boete
  opposite+: mildheid, begrip, zachtaardigheid, vergevingsgezindheid, flexibiliteit

distortion piekeren
  forms: piekert, gepieker, piekeraar
  synonyms: tobben, tobberigheid, blijven malen, eindeloos nadenken, niet los kunnen laten in je hoofd, malen, tobberig, overdenken, in je hoofd zitten, zorgen maken, overthinken, overthinking, wakker liggen, wakker liggen van, 's nachts wakker liggen, piekerig, zich druk maken, je druk maken, je overal druk om maken, zich overal druk om maken, je overal druk over maken, zich overal druk over maken
  opposite+: daadkracht, oplossingsgerichtheid, ontspannenheid, relativeringsvermogen, vertrouwen, luchtigheid, loslaten

quadrant discipline > strengheid > mildheid > laksheid
quadrant analytisch vermogen > piekeren > daadkracht > impulsiviteit

# Verbondenheid en vrijheid: dichtbij willen zijn tegenover je niet willen binden

quality verbondenheid
  forms: verbonden
  synonyms: verbinding, in verbinding staan, je verbonden voelen, nabijheid, hechtheid, erbij horen, er voor elkaar zijn, hecht team, hechte band, nabij, hecht, contact maken, aansluiting zoeken, aansluiting vinden, aansluiting maken, goed aansluiten bij de ander, aansluiten bij de leefwereld, aansluiten bij jongeren, contact leggen, goed contact maken, goed contact kunnen maken, makkelijk contact maken, een klik maken, relatie opbouwen, een band opbouwen, een band opbouwen met jongeren
  excess: klefheid, afhankelijkheid, groepsdenken, overbetrokkenheid, meegaandheid, grenzeloosheid
  opposite-: afstandelijkheid, eenzelvigheid, egoïsme, kilheid

distortion bindingsangst
  forms: bindingsangstig, bindingsangstige
  synonyms: angst voor binding, je niet willen binden, je niet durven binden, je nergens aan willen binden, altijd een achterdeur openhouden
  opposite+: verbondenheid, toewijding, loyaliteit, betrokkenheid

quadrant onafhankelijkheid > bindingsangst > verbondenheid > afhankelijkheid
quadrant verbondenheid > klefheid > onafhankelijkheid > afstandelijkheid
quadrant verbondenheid > afhankelijkheid > zelfstandigheid > eenzelvigheid

# Geld en verantwoordelijkheid: hebzucht en de slachtofferrol

distortion hebzucht
  forms: hebzuchtig, hebzuchtige
  synonyms: hebberigheid, hebberig, hebberige, inhaligheid, inhalig, graaien, graaicultuur, geldzucht, geldbelust, nooit genoeg hebben, materialistisch, materialisme, gulzig, winzucht, gulzigheid, begerig, begerigheid, onverzadigbaar, schraapzucht, schraapzuchtig, bonuscultuur, winstbejag, alleen aan omzet denken, alleen aan geld denken, alleen aan winst denken, alleen op omzet sturen, geldgierig, geldgierigheid, gewinzucht, graaizucht, alleen naar je bonus kijken, alleen aan je bonus denken, bonusjagen, bonusjager
  opposite+: vrijgevigheid, bescheidenheid, tevredenheid, integriteit

distortion slachtofferrol
  forms: slachtoffergedrag
  synonyms: in de slachtofferrol, de slachtofferrol aannemen, zelfmedelijden, zieligheid, zielig doen, jezelf zielig vinden, het ligt altijd aan een ander, klaagzang, zielig, zelfbeklag, jammeren, gejammer, slachtoffer spelen, jankerig, slachtofferigheid, verongelijktheid
  opposite+: verantwoordelijkheidsgevoel, incasseringsvermogen, daadkracht, zelfvertrouwen, oplossingsgerichtheid

quadrant commerciële instelling > hebzucht > tevredenheid > passiviteit

# Wijsheid

quality wijsheid
  forms: wijs
  synonyms: levenswijsheid, wijs oordeel, bezonnen oordeel, verstandig, verstandigheid, volwassenheid, rijpheid, levenswijs, volwassen, maturiteit, oordeelkundig, oordeelkundigheid
  excess: zwaarwichtigheid, betweterigheid, afstandelijkheid, moralisme, arrogantie
  opposite-: naïviteit, oppervlakkigheid, impulsiviteit, ondoordachtheid

quadrant wijsheid > zwaarwichtigheid > luchtigheid > oppervlakkigheid

# Uitstellen en jaloezie

distortion uitstelgedrag
  forms: uitstellen, uitsteller, uitstelgedrag vertonen
  synonyms: dingen voor je uit schuiven, voor je uit schuiven, op de lange baan schuiven, tot het laatste moment wachten, talmen, getalm, alles op het laatste moment doen, procrastineren, procrastinatie, uitstellerij, met de hakken over de sloot, op het laatste moment, alles op het laatste moment, last minute, op het laatste nippertje, alles op het laatste nippertje, het komt er niet van, het komt er nooit van, er komt niks van, alles tot het laatste moment laten liggen, tot het laatste moment laten liggen, alles tot het laatst laten liggen, tot het laatst laten liggen
  opposite+: urgentiebesef, discipline, daadkracht, voortvarendheid

distortion jaloezie
  forms: jaloers, jaloerse
  synonyms: jaloersheid, afgunst, afgunstig, afgunstige, naijver, naijverig, het een ander niet gunnen, misgunnen, nijd, snel jaloers, misgunst, krabbenmentaliteit
  opposite+: waardering, vertrouwen, tevredenheid, zelfvertrouwen, collegialiteit

quadrant urgentiebesef > paniekerigheid > ontspannenheid > uitstelgedrag
quadrant urgentiebesef > overhaastheid > geduld > uitstelgedrag

# Uitleggen en netwerken: twee vaardigheden die trainers als kernkwaliteit noemen

quality uitleggen
  forms: uitleg geven, legt uit
  synonyms: goed uitleggen, helder uitleggen, duidelijk uitleggen, dingen uitleggen, kunnen uitleggen, goed kunnen uitleggen, uitlegvaardigheid, instructie geven, goed instructie geven, instructievaardigheid, kennisoverdracht, didactisch vermogen, didactische vaardigheden, didactische kwaliteiten, didactisch sterk
  excess: betutteling, betweterigheid, langdradigheid, omslachtigheid
  opposite-: onverschilligheid, zwijgzaamheid, vaagheid

quality netwerken
  forms: netwerker, netwerkend, netwerkt
  synonyms: netwerkvaardigheid, netwerkvaardig, goed kunnen netwerken, relaties opbouwen, relaties onderhouden, contacten leggen, makkelijk contacten leggen, contacten onderhouden, relatiebeheer, een groot netwerk hebben, je netwerk inzetten, de spin in het web, de spin in het web zijn, een spin in het web zijn
  excess: oppervlakkigheid, opportunisme, berekenendheid
  opposite-: eenzelvigheid, geslotenheid

quadrant uitleggen > betutteling > loslaten > onverschilligheid
quadrant uitleggen > langdradigheid > bondigheid > zwijgzaamheid
quadrant netwerken > oppervlakkigheid > diepgang > zwaarwichtigheid
quadrant netwerken > berekenendheid > onbevangenheid > naïviteit

# Verbinden en polariseren: wie te direct de scherpte opzoekt, zet mensen tegenover elkaar

distortion polarisatie
  forms: polariserend, polariserende, polariseren
  synonyms: polarisering, tegenstellingen aanscherpen, tegenstellingen vergroten, de tegenstelling opzoeken, kampen vormen, kampen creëren, verdeeldheid zaaien, mensen tegen elkaar opzetten, op de spits drijven, zaken op de spits drijven
  opposite+: verbindend vermogen, genuanceerdheid, compromisbereidheid, consensusgerichtheid, diplomatie

quadrant verbindend vermogen > conflictvermijding > directheid > polarisatie
quadrant directheid > polarisatie > verbindend vermogen > conflictvermijding
"""#
}
