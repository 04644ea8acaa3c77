/**
 * Curated topic lexicons: general news vocabulary per topic, written from domain knowledge (not
 * mined from the labelled articles). They are the only evidence for topics without training data
 * (conflict-security, diplomacy, environment, health, society) and widen the trained topics beyond
 * the 2004–05 British news they were trained on. Entries are words or phrases (≤ 3 content words);
 * tiers give the weight, on the same log-odds scale as the trained weights.
 */

export const LEXICON_TIERS = { strong: 3.2, medium: 2.2, weak: 1.2 } as const;
export type LexiconTier = keyof typeof LEXICON_TIERS;
export type Lexicon = Readonly<Partial<Record<LexiconTier, readonly string[]>>> & {
  /** Multiplies the tier weights: catch-all vocabularies (society) must not outvote specific ones. */
  readonly scale?: number;
};

const list = (s: string): string[] => s.split(',').map((x) => x.trim()).filter(Boolean);

export const LEXICONS: Readonly<Record<string, Lexicon>> = {
  'conflict-security': {
    strong: list(`war, warfare, military, troops, soldier, army, militant, militancy, insurgent, insurgency,
      terrorism, terrorist, counter terrorism, counterterrorism, anti terror, suicide bombing, suicide bomber, bombing, airstrike,
      air strike, missile, drone strike, shelling, artillery, ceasefire, cease fire, truce, armed forces,
      armed group, rebel, gunmen, gunman, security forces, clashes, offensive, invasion, frontline, front line,
      battle, combat, hostage, jihadist, extremist, insurgents, counterinsurgency, peacekeeper, peacekeeping,
      skirmish, sniper, mortar, grenade, ambush, massacre, genocide, coup, junta, martial law, militia,
      paramilitary, border guard, border clash, border post, warplane, fighter jet, tank fire, explosive device,
      explosive, gunfire, firefight, civil war, conflict, hostilities, separatist, taliban, al qaeda, islamic state,
      boko haram, al shabaab, hamas, hezbollah, defence ministry, defense ministry, ministry of defence, pentagon`),
    medium: list(`attack, attacked, killed, blast, explosion, weapons, weapon, ammunition, casualties, wounded, raid,
      assassination, curfew, espionage, spy, cyberattack, security, threat, violence, violent, deadly, fighting,
      soldiers, defence, defense, nato, bomb, shot dead, gun, armed, police, counter terror, escalation,
      retaliation, retaliatory, siege, occupied, occupation, displaced, death toll, insurgent group`),
    weak: list(`injured, killing, dead, border, tension, crackdown, arrested, operation, intelligence`),
  },
  diplomacy: {
    strong: list(`diplomat, diplomatic, diplomacy, ambassador, embassy, envoy, foreign minister, foreign ministry,
      foreign affairs, foreign secretary, bilateral, multilateral, summit, treaty, united nations, security council,
      general assembly, mediation, mediator, mediated, consulate, consul, state visit, counterpart, bilateral relation,
      bilateral tie, peace talk, peace deal, peace agreement, normalisation, normalization, rapprochement,
      memorandum, foreign policy, secretary general, un, asean, african union, european commission, g7, g20`),
    medium: list(`talks, negotiation, negotiator, negotiate, sanction, delegation, ties, relations, alliance, ally,
      allies, cooperation, partnership, condemned, condemn, accord, international community, strategic partnership,
      sovereignty, territorial, export control, visit, host, hosted, hold talks, joint statement, nations,
      international, global, world leaders, eu, brussels, beijing, washington, moscow, kremlin, white house`),
    weak: list(`agreement, agreed, relation, partner, regional, neighbour, neighbor, neighbouring, countries, cross border`),
  },
  environment: {
    strong: list(`climate, climate change, global warming, emission, carbon, greenhouse, fossil fuel, renewable,
      renewable energy, pollution, polluted, air quality, deforestation, biodiversity, wildlife, conservation,
      drought, flood, flooding, heatwave, heat wave, wildfire, glacier, sea level, water scarcity, water shortage,
      water security, water crisis, groundwater, aquifer, ecosystem, environmental, environment,
      cyclone, hurricane, typhoon, monsoon, net zero, endangered, habitat, wetland, coral, erosion, desertification,
      natural disaster, extreme weather, earthquake, quake, tsunami, volcano, volcanic, eruption, aftershock, seismic, rainfall, landslide, river basin, water resource, water supply, recycling,
      plastic waste, species, deforest, national park, emissions, clean energy, solar power, wind power, wind farm`),
    medium: list(`river, forest, ocean, dam, reservoir, irrigation, storm, temperature, weather, waste, solar, rain,
      flooded, evacuated, evacuation, sustainable, sustainability, energy transition, planet, nature, water,
      glacial, melt, snow, coastal, coastline, crop, harvest, farmland, soil, cop`),
    weak: list(`dry, heat, land, agriculture, farmer, risk`),
  },
  health: {
    strong: list(`health, hospital, patient, doctor, nurse, disease, outbreak, virus, infection, infected, vaccine,
      vaccination, epidemic, pandemic, covid, cholera, malaria, measles, tuberculosis, hiv, cancer, diabetes,
      medical, medicine, clinic, clinical, symptom, mortality, public health, healthcare, health care, surgery,
      surgeon, intensive care, antibiotic, bacteria, bacterial, pathogen, quarantine, mental health, obesity,
      malnutrition, health ministry, health authority, health official, epidemiologist, contagious, ward,
      world health organization, who, pharmaceutical, drug resistant, infectious, illness, diagnosed, diagnosis,
      icu, ebola, influenza, flu, dengue, mpox, superbug, nhs, vaccinated`),
    medium: list(`treatment, treated, drug, drugs, care, death, died, cases, case, test, tested, screening, prescription,
      nutrition, therapy, health service, health system, hygiene, sanitation, blood, pregnancy, maternal`),
    weak: list(`risk, sick, staff, precaution, monitor`),
  },
  society: {
    // Schools, pensions, asylum… are also the daily matter of politics; a politician's story stays politics.
    scale: 0.8,
    strong: list(`community, social, society, poverty, inequality, education, school, student, teacher, protest,
      protester, demonstration, demonstrator, trade union, union, worker, strike, striking, walkout, wage,
      housing, homelessness, homeless, migrant, migration, immigration, refugee, asylum, human right,
      discrimination, racism, gender, women, child, children, family, families, welfare, religion, religious,
      church, mosque, temple, crime, prison, prisoner, justice, residents, villager, humanitarian, volunteer,
      charity, ngo, minority, indigenous, lgbt, equality, population, elderly, youth, pension, pensioner,
      labour union, collective bargaining, living cost, cost of living, civil society, rights group, activist,
      civil rights, social media, displacement, household, neighbourhood, neighborhood`),
    medium: list(`people, public, citizen, local, court, police, rally, march, aid, relief, shelter, jobs, workforce,
      employment, unemployment, employee, labour, labor, salary, working condition, safety, victim, young,
      culture war, daily life, livelihood, displaced, evacuated`),
    weak: list(`life, lives, home, town, village, city, group, members, support`),
  },
  // Trained topics: the lexicon widens the vocabulary beyond the training corpus.
  economy: {
    strong: list(`inflation, interest rate, central bank, gdp, economy, economic, recession, stock market, investor,
      export, import, tariff, currency, exchange rate, bond, budget deficit, fiscal, monetary policy, imf,
      world bank, profit, revenue, earnings, shipping, port, trade deal, trade war, supply chain, commodity,
      oil price, market, shares, stock, bank, banking, finance, financial, business, company, firmtry,
      manufacturing, consumer, retail, price, prices, growth, economist, policy rate, rate cut, rate hike,
      basis point, dollar, euro, yuan, rupee, peso, debt, loan, credit, tax, taxes, budget, investment`),
    medium: list(`trade, jobs, cost, costs, sales, cargo, container, freight, operator, billion, million, deal,
      customer, contract, exporter, importer, tourism, tourist, merger, acquisition, startup`),
    weak: list(`percent, per cent, rate, rates, fund, funding, money, pay, spending`),
  },
  politics: {
    strong: list(`election, vote, voter, ballot, parliament, parliamentary, prime minister, political party,
      opposition, campaign, candidate, cabinet, lawmaker, legislation, legislator, congress, senate, referendum,
      coalition, constitution, constitutional, electoral, polling, mayor, governor, president, presidential,
      politician, political, politics, government, minister, mp, senator, legislative, runoff, recount,
      electoral commission, incumbent, party leader, manifesto, council, city council,
      municipal, impeachment, poll, polls, vote count`),
    medium: list(`party, leader, policy, bill, law, reform, ruling party, administration, official, officials,
      spokesman, spokeswoman, interior minister, ministry, state, federal, regional government, decree, veto`),
    weak: list(`votes, voting, seats, majority, announce, announced, plan`),
  },
  'science-technology': {
    strong: list(`research, researcher, scientist, science, scientific, technology, tech, software, semiconductor,
      chip, chipmaker, artificial intelligence, ai, computer, internet, digital, cyber, satellite, space,
      nasa, rocket, laboratory, lab, experiment, physics, biology, genome, innovation, engineering, algorithm,
      robot, robotics, quantum, telescope, lithography, microchip, machine learning, data centre, data center,
      smartphone, app, online, broadband, mobile phone, processor, electronics, astronomer, spacecraft`),
    medium: list(`study, data, device, network, platform, tool, equipment, machine, advanced, developer,
      system, systems, patent, startup, innovation, gadget`),
    weak: list(`user, users, model, design`),
  },
  sport: {
    strong: list(`match, league, cup, championship, tournament, club, coach, player, team, goal, season, olympic,
      olympics, football, soccer, cricket, rugby, tennis, athletics, fifa, uefa, stadium, referee, transfer window,
      medal, striker, midfielder, defender, goalkeeper, premier league, champions league, world cup, manager,
      fixture, relegation, promotion, squad, kick off, penalty kick, grand slam, marathon,
      sprinter, athlete, basketball, baseball, nba, nfl, golf, cycling, boxing, formula one, race, racing`),
    medium: list(`game, games, win, won, victory, defeat, fans, score, scored, final, semi final, title,
      championship race, points, sporting, sport, sports, compete, competition, record`),
    weak: list(`play, played, side, home, away, beat`),
  },
  culture: {
    strong: list(`film, festival, music, album, artist, museum, exhibition, theatre, theater, novel, book, author,
      award, prize, cinema, director, actor, actress, concert, heritage, art, painting, gallery, oscar, box office,
      television, tv, series, fashion, premiere, band, singer, song, songwriter, musician,
      filmmaker, documentary, screenplay, jury, golden, bafta, grammy, cannes, berlinale, literature, poet,
      poetry, dance, ballet, opera, orchestra, sculpture, comedian, comedy, drama, celebrity, entertainment`),
    medium: list(`show, star, stage, audience, screen, screening, critic, critics, review, release, released,
      studio, media, culture, cultural, creative, performance, tour, label, chart`),
    weak: list(`story, stories, best, feature`),
  },
};
