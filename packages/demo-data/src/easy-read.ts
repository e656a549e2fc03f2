/**
 * Easy-read texts (lettlest) of the demo offers, by offer key: what each offer's description says, in short
 * sentences with common words and one idea per sentence, 40–80 words in each language (`EASY_READ_RULE`).
 * Each says who decides and when to apply, as the offer's kind does (see `kindDefaults` in the kit).
 */
export const demoEasyRead: Record<string, [nb: string, en: string]> = {
  bjornegard: [
    'Bjørnegård er et aktivitetshus. Her kan du være sammen med andre. Du kan lage mat. Du kan bake. Huset har en kafé. Kafeen heter Binna. Du kan prøve å jobbe i kafeen. Det heter arbeidspraksis. Du trenger ikke kunne noe fra før. Tildelingskontoret bestemmer hvem som får plass. Du må søke innen 1. februar.',
    'Bjørnegård is an activity house. Here you can spend time with other people. You can cook. You can bake. The house has a café. The café is called Binna. You can try working in the café. This is called work practice. You do not need to know anything first. The allocation office decides who gets a place. You must apply by 1 February.',
  ],
  binna: [
    'Binna er en kafé på Bjørnegård. Her kan du prøve å jobbe. Det heter arbeidspraksis. Du kan servere mat og drikke til gjestene. Du kan bake. Du kan være med på kurs i matlaging. Du får hjelp når du trenger det. Tildelingskontoret bestemmer hvem som får plass. Du må søke innen 1. februar.',
    'Binna is a café at Bjørnegård. Here you can try working. This is called work practice. You can serve food and drinks to the guests. You can bake. You can take part in cooking courses. You get help when you need it. The allocation office decides who gets a place. You must apply by 1 February.',
  ],
  aurora: [
    'Aurora verksted er et sted med aktivitet og arbeid. Kommunen kjøper plasser der. Du kan gjøre ting med hendene sammen med andre. Du kan også jobbe litt. De som jobber der, hjelper deg. Tildelingskontoret i kommunen bestemmer hvem som får plass. Du må søke innen 1. februar.',
    'Aurora verksted is a place with activity and work. The municipality buys places there. You can make things with your hands together with others. You can also do some work. The staff there help you. The allocation office of the municipality decides who gets a place. You must apply by 1 February.',
  ],
  'ba-kort': [
    'I kortavdelingen lager vi kort. Vi tegner og lager kortene selv. Vi lager mange julekort. Kortene selges på marked. Kortene selges også i butikken vår. Du jobber sammen med andre. Du får hjelp når du trenger det. Tildelingskontoret bestemmer hvem som får plass. Du må søke innen 1. februar.',
    'In the card department we make cards. We design and make the cards ourselves. We make a lot of Christmas cards. The cards are sold at markets. The cards are also sold in our shop. You work together with others. You get help when you need it. The allocation office decides who gets a place. You must apply by 1 February.',
  ],
  'ba-ramme': [
    'I rammeavdelingen setter vi bilder i rammer. Kundene kommer med bilder. Vi lager en fin ramme rundt bildet. De fleste kundene jobber i kommunen. Du lærer å måle og skjære. Du jobber sammen med andre. Du får hjelp når du trenger det. Tildelingskontoret bestemmer hvem som får plass. Du må søke innen 1. februar.',
    'In the framing department we put pictures in frames. Customers bring pictures. We make a nice frame around the picture. Most customers work for the municipality. You learn to measure and cut. You work together with others. You get help when you need it. The allocation office decides who gets a place. You must apply by 1 February.',
  ],
  'ba-keramikk': [
    'I keramikkverkstedet lager vi ting av leire. Du lærer å forme leira. Tingene blir brent i en ovn. Så blir de solgt. Noe selges i butikken Gråstua. Verkstedet er på Emma Hjorth. Du får hjelp når du trenger det. Tildelingskontoret bestemmer hvem som får plass. Du må søke innen 1. februar.',
    'In the ceramics workshop we make things from clay. You learn to shape the clay. The things are fired in a kiln. Then they are sold. Some are sold in the shop Gråstua. The workshop is at Emma Hjorth. You get help when you need it. The allocation office decides who gets a place. You must apply by 1 February.',
  ],
  'ba-tekstil': [
    'I tekstilverkstedet lager vi ting av stoff og ull. Vi syr. Vi tover ull. Vi lager fikleputer. Vi lager også puter å sitte på. Tingene blir solgt. Verkstedet er på Wøyen gård. Du får hjelp når du trenger det. Tildelingskontoret bestemmer hvem som får plass. Du må søke innen 1. februar.',
    'In the textile workshop we make things from fabric and wool. We sew. We felt wool. We make fidget cushions. We also make cushions to sit on. The things are sold. The workshop is at Wøyen gård. You get help when you need it. The allocation office decides who gets a place. You must apply by 1 February.',
  ],
  'ba-snekker': [
    'I snekkerverkstedet lager vi ting av tre. Vi lager for eksempel brett til mat. Vi lager også stoler til å sitte ute. Noe lager vi for å selge. Noe lager vi fordi en kunde har bestilt det. Du lærer å bruke verktøy. Du får hjelp når du trenger det. Tildelingskontoret bestemmer hvem som får plass. Du må søke innen 1. februar.',
    'In the carpentry workshop we make things from wood. For example, we make boards for serving food. We also make chairs to sit outside. Some things we make to sell. Some things we make because a customer has ordered them. You learn to use tools. You get help when you need it. The allocation office decides who gets a place. You must apply by 1 February.',
  ],
  'ba-personalkantinen': [
    'Personalkantinen er en kantine for de som jobber i kommunen. Her lager vi mat. Vi serverer maten til gjestene. Du kan lage mat. Du kan rydde og vaske. Du jobber sammen med andre. Du får hjelp når du trenger det. Tildelingskontoret bestemmer hvem som får plass. Du må søke innen 1. februar.',
    'The staff canteen is a canteen for people who work for the municipality. Here we cook food. We serve the food to the guests. You can cook. You can tidy and wash up. You work together with others. You get help when you need it. The allocation office decides who gets a place. You must apply by 1 February.',
  ],
  'ba-kaffebar': [
    'Kaffebaren selger kaffe. Du kan lage kaffe. Du kan servere. Du snakker med kundene. Du lærer å ta imot bestillinger. Du jobber sammen med andre. Du får hjelp når du trenger det. Tildelingskontoret bestemmer hvem som får plass. Du må søke innen 1. februar.',
    'The coffee bar sells coffee. You can make coffee. You can serve. You talk to the customers. You learn to take orders. You work together with others. You get help when you need it. The allocation office decides who gets a place. You must apply by 1 February.',
  ],
  'ba-makulering': [
    'Her jobber vi med lager og utstyr. Vi tar imot utstyr som kommer tilbake. Vi passer på utstyret på lageret. Vi sletter data på datamaskiner. Vi makulerer papir. Det betyr at papiret blir kuttet i små biter. Da kan ingen lese det. Du får hjelp når du trenger det. Tildelingskontoret bestemmer hvem som får plass. Du må søke innen 1. februar.',
    'Here we work with storage and equipment. We take in equipment that comes back. We look after the equipment in the store room. We delete data on computers. We shred paper. This means the paper is cut into small pieces. Then nobody can read it. You get help when you need it. The allocation office decides who gets a place. You must apply by 1 February.',
  ],
  'ba-transport': [
    'Transport- og servicegruppen jobber mest ute. Vi lager ved. Vi kjører ved ut til kundene. Vi klipper gress. Gruppen holder til på Wøyen gård. Du må like å være ute. Du jobber sammen med andre. Du får hjelp når du trenger det. Tildelingskontoret bestemmer hvem som får plass. Du må søke innen 1. februar.',
    'The transport and service group works mostly outdoors. We make firewood. We drive the firewood to the customers. We mow grass. The group is based at Wøyen gård. You should like being outside. You work together with others. You get help when you need it. The allocation office decides who gets a place. You must apply by 1 February.',
  ],
  'ba-gront': [
    'Grøntgruppa jobber ute. Vi steller plener, busker og blomster. Vi gjør oppdrag for kommunen. Vi gjør også oppdrag for folk som bor i Bærum. Gruppen holder til på Emma Hjorth. Du jobber sammen med andre. Du får hjelp når du trenger det. Tildelingskontoret bestemmer hvem som får plass. Du må søke innen 1. februar.',
    'The green-space group works outdoors. We look after lawns, bushes and flowers. We do jobs for the municipality. We also do jobs for people who live in Bærum. The group is based at Emma Hjorth. You work together with others. You get help when you need it. The allocation office decides who gets a place. You must apply by 1 February.',
  ],
  'ba-graastua': [
    'Gråstua er en butikk. Butikken selger ting som arbeidssenteret lager. Det er for eksempel kort, keramikk og ting av tre. Du kan sette ting på plass i hyllene. Du kan hjelpe kundene. Du kan ta betalt. Du får hjelp når du trenger det. Tildelingskontoret bestemmer hvem som får plass. Du må søke innen 1. februar.',
    'Gråstua is a shop. The shop sells things that the work centre makes. For example, cards, ceramics and things made of wood. You can put things on the shelves. You can help the customers. You can take payment. You get help when you need it. The allocation office decides who gets a place. You must apply by 1 February.',
  ],
  'ba-laerekandidat': [
    'Som lærekandidat lærer du et yrke. Du går to år på skole. Så lærer du i to år på en arbeidsplass. Arbeidsplassen er Bærum arbeidssenter. Til slutt tar du en prøve. Da får du et kompetansebevis. Det viser hva du kan. Tildelingskontoret bestemmer hvem som får plass. Du må søke innen 1. februar.',
    'As a training candidate you learn a trade. You go to school for two years. Then you learn for two years at a workplace. The workplace is Bærum arbeidssenter. At the end you take a test. Then you get a certificate of competence. It shows what you can do. The allocation office decides who gets a place. You must apply by 1 February.',
  ],
  'arba-vta': [
    'VTA betyr varig tilrettelagt arbeid. Du får en fast jobb i Arba. Jobben har ingen sluttdato. Du får tett hjelp på jobben. Du kan jobbe med mange ting. Du kan pakke og montere. Du kan jobbe i en bruktbutikk eller en barnehage. Du kan jobbe på en miljøstasjon. NAV bestemmer hvem som får plass. Du kan søke når som helst.',
    'VTA means permanent adapted work. You get a permanent job at Arba. The job has no end date. You get close help at work. You can work with many things. You can pack and assemble. You can work in a second-hand shop or a kindergarten. You can work at a recycling station. NAV decides who gets a place. You can apply at any time.',
  ],
  'arba-aft': [
    'AFT betyr arbeidsforberedende trening. Her finner du ut hva du er god til. Du lærer nye ting. Du trener på å jobbe. Du kan trene i Arba. Du kan også trene i en bedrift i nærheten. AFT varer i ett år. Noen får ett år til. NAV bestemmer hvem som får plass. Du kan søke når som helst.',
    'AFT means work preparatory training. Here you find out what you are good at. You learn new things. You practise working. You can practise at Arba. You can also practise at a business nearby. AFT lasts one year. Some people get one more year. NAV decides who gets a place. You can apply at any time.',
  ],
  'arba-ung-i-jobb': [
    'Ung i Jobb er for unge som vil jobbe. Du får hjelp til å finne en jobb. Du får hjelp til å klare jobben. Omtrent 100 unge er med hvert år. Du og NAV blir enige om du skal være med. NAV bestemmer hvem som får plass. Du kan søke når som helst.',
    'Ung i Jobb is for young people who want to work. You get help to find a job. You get help to manage the job. About 100 young people take part each year. You and NAV agree on whether you take part. NAV decides who gets a place. You can apply at any time.',
  ],
  'arba-laerling': [
    'Som lærling lærer du et yrke i Arba. Først har du gått ferdig på skole. Så jobber og lærer du i Arba. Du får lønn. Til slutt tar du en prøve. Da får du fagbrev. Fagbrevet viser at du kan yrket. Arba bestemmer hvem som får plass. Du kan søke når som helst.',
    'As an apprentice you learn a trade at Arba. First you have finished school. Then you work and learn at Arba. You get paid. At the end you take a test. Then you get a trade certificate. The certificate shows that you know the trade. Arba decides who gets a place. You can apply at any time.',
  ],
  'nav-vtao': [
    'VTA i ordinær virksomhet betyr tilrettelagt arbeid i en vanlig bedrift. Du jobber sammen med andre ansatte. Bedriften ansetter deg. Jobben blir lagt til rette for deg. NAV følger deg opp. NAV hjelper også bedriften. NAV bestemmer hvem som får plass. Du kan søke når som helst.',
    'VTA in an ordinary business means adapted work in a normal company. You work together with the other employees. The company hires you. The job is adapted to you. NAV follows you up. NAV also helps the company. NAV decides who gets a place. You can apply at any time.',
  ],
  'asker-vta': [
    'VTA betyr varig tilrettelagt arbeid. Du får en fast jobb i Asker Produkt. Du får tett hjelp på jobben. Du kan lage skilt og ting av tre. Du kan lage mat på kjøkkenet. Du kan jobbe i en kantine. Du kan vaske. Du kan jobbe med transport. NAV bestemmer hvem som får plass. Du kan søke når som helst.',
    'VTA means permanent adapted work. You get a permanent job at Asker Produkt. You get close help at work. You can make signs and things of wood. You can cook in the kitchen. You can work in a canteen. You can clean. You can work with transport. NAV decides who gets a place. You can apply at any time.',
  ],
  'asker-aft': [
    'AFT betyr arbeidsforberedende trening. Du trener på å jobbe. Du kan trene i Asker Produkt. Du kan også trene hos andre. Det kan være en kafé, en butikk eller en barnehage. Det kan også være en stall. Du finner ut hva du liker. NAV bestemmer hvem som får plass. Du kan søke når som helst.',
    'AFT means work preparatory training. You practise working. You can practise at Asker Produkt. You can also practise at other places. It can be a café, a shop or a kindergarten. It can also be a stable. You find out what you like. NAV decides who gets a place. You can apply at any time.',
  ],
};
