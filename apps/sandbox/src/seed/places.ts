/**
 * Real places for the seeded directory: countries of the network with their languages, time
 * zones and calling codes, cities with their coordinates, the local name of "victim support",
 * and a few everyday names for the points of contact. Portugal comes first on purpose: the
 * first seeded organisation is a Portuguese member.
 */

export interface City {
  name: string;
  region: string;
  latitude: number;
  longitude: number;
  timeZone: string;
  /** Languages spoken there, when they differ from the country's. */
  languages?: string[];
  /** "Victim support" in the local language, when it differs from the country's. */
  supportName?: string;
  /** The name in Latin letters, for made-up web addresses, when the name is written otherwise. */
  latin?: string;
}

export interface Country {
  code: string;
  languages: string[];
  callingCode: string;
  /** "Victim support" in the country's main language. */
  supportName: string;
  people: string[];
  cities: City[];
}

const city = (
  name: string,
  region: string,
  latitude: number,
  longitude: number,
  timeZone: string,
  extra: Partial<Pick<City, 'languages' | 'supportName' | 'latin'>> = {},
): City => ({ name, region, latitude, longitude, timeZone, ...extra });

export const countries: Country[] = [
  {
    code: 'PT',
    languages: ['pt'],
    callingCode: '351',
    supportName: 'Apoio à Vítima',
    people: ['Ana Ferreira', 'João Carvalho', 'Marta Sousa'],
    cities: [
      city('Lisboa', 'Lisboa', 38.7223, -9.1393, 'Europe/Lisbon'),
      city('Porto', 'Norte', 41.1579, -8.6291, 'Europe/Lisbon'),
      city('Faro', 'Algarve', 37.0194, -7.9322, 'Europe/Lisbon'),
      city('Funchal', 'Madeira', 32.6669, -16.9241, 'Atlantic/Madeira'),
    ],
  },
  {
    code: 'ES',
    languages: ['es'],
    callingCode: '34',
    supportName: 'Asistencia a las Víctimas',
    people: ['Lucía García', 'Javier Martínez', 'Carmen López'],
    cities: [
      city('Madrid', 'Comunidad de Madrid', 40.4168, -3.7038, 'Europe/Madrid'),
      city('Barcelona', 'Catalunya', 41.3874, 2.1686, 'Europe/Madrid', {
        languages: ['ca', 'es'],
        supportName: 'Atenció a la Víctima',
      }),
      city('Sevilla', 'Andalucía', 37.3891, -5.9845, 'Europe/Madrid'),
      city('Bilbao', 'Euskadi', 43.263, -2.935, 'Europe/Madrid', { languages: ['eu', 'es'] }),
      city('Las Palmas de Gran Canaria', 'Canarias', 28.1235, -15.4363, 'Atlantic/Canary'),
    ],
  },
  {
    code: 'FR',
    languages: ['fr'],
    callingCode: '33',
    supportName: 'Aide aux Victimes',
    people: ['Camille Martin', 'Julien Bernard', 'Claire Dubois'],
    cities: [
      city('Paris', 'Île-de-France', 48.8566, 2.3522, 'Europe/Paris'),
      city('Lyon', 'Auvergne-Rhône-Alpes', 45.764, 4.8357, 'Europe/Paris'),
      city('Marseille', "Provence-Alpes-Côte d'Azur", 43.2965, 5.3698, 'Europe/Paris'),
      city('Toulouse', 'Occitanie', 43.6047, 1.4442, 'Europe/Paris'),
    ],
  },
  {
    code: 'BE',
    languages: ['nl', 'fr', 'de'],
    callingCode: '32',
    supportName: 'Slachtofferhulp',
    people: ['Sofie Peeters', 'Luc Lambert', 'Emma Janssens'],
    cities: [
      city('Antwerpen', 'Vlaanderen', 51.2194, 4.4025, 'Europe/Brussels', { languages: ['nl'] }),
      city('Liège', 'Wallonie', 50.6326, 5.5797, 'Europe/Brussels', {
        languages: ['fr'],
        supportName: 'Aide aux Victimes',
      }),
      city('Bruxelles', 'Bruxelles-Capitale', 50.8503, 4.3517, 'Europe/Brussels', { languages: ['fr', 'nl'] }),
      city('Eupen', 'Ostbelgien', 50.6275, 6.0364, 'Europe/Brussels', { languages: ['de'], supportName: 'Opferhilfe' }),
    ],
  },
  {
    code: 'NL',
    languages: ['nl'],
    callingCode: '31',
    supportName: 'Slachtofferhulp',
    people: ['Anouk de Vries', 'Daan Bakker', 'Sanne Visser'],
    cities: [
      city('Amsterdam', 'Noord-Holland', 52.3676, 4.9041, 'Europe/Amsterdam'),
      city('Rotterdam', 'Zuid-Holland', 51.9244, 4.4777, 'Europe/Amsterdam'),
      city('Utrecht', 'Utrecht', 52.0907, 5.1214, 'Europe/Amsterdam'),
    ],
  },
  {
    code: 'LU',
    languages: ['lb', 'fr', 'de'],
    callingCode: '352',
    supportName: 'Aide aux Victimes',
    people: ['Laura Schmit', 'Marc Weber'],
    cities: [city('Luxembourg', 'Luxembourg', 49.6116, 6.1319, 'Europe/Luxembourg')],
  },
  {
    code: 'DE',
    languages: ['de'],
    callingCode: '49',
    supportName: 'Opferhilfe',
    people: ['Katharina Müller', 'Jonas Schneider', 'Lena Fischer'],
    cities: [
      city('Berlin', 'Berlin', 52.52, 13.405, 'Europe/Berlin'),
      city('Hamburg', 'Hamburg', 53.5511, 9.9937, 'Europe/Berlin'),
      city('München', 'Bayern', 48.1351, 11.582, 'Europe/Berlin'),
      city('Köln', 'Nordrhein-Westfalen', 50.9375, 6.9603, 'Europe/Berlin'),
      city('Leipzig', 'Sachsen', 51.3397, 12.3731, 'Europe/Berlin'),
    ],
  },
  {
    code: 'AT',
    languages: ['de'],
    callingCode: '43',
    supportName: 'Opferhilfe',
    people: ['Anna Gruber', 'Lukas Huber', 'Sophie Wagner'],
    cities: [
      city('Wien', 'Wien', 48.2082, 16.3738, 'Europe/Vienna'),
      city('Graz', 'Steiermark', 47.0707, 15.4395, 'Europe/Vienna'),
      city('Innsbruck', 'Tirol', 47.2692, 11.4041, 'Europe/Vienna'),
    ],
  },
  {
    code: 'CH',
    languages: ['de', 'fr', 'it'],
    callingCode: '41',
    supportName: 'Opferhilfe',
    people: ['Nina Keller', 'Luca Rossi', 'Chloé Favre'],
    cities: [
      city('Zürich', 'Zürich', 47.3769, 8.5417, 'Europe/Zurich', { languages: ['de'] }),
      city('Genève', 'Genève', 46.2044, 6.1432, 'Europe/Zurich', {
        languages: ['fr'],
        supportName: 'Aide aux Victimes',
      }),
      city('Lugano', 'Ticino', 46.0037, 8.9511, 'Europe/Zurich', {
        languages: ['it'],
        supportName: 'Aiuto alle Vittime',
      }),
      city('Bern', 'Bern', 46.948, 7.4474, 'Europe/Zurich', { languages: ['de', 'fr'] }),
    ],
  },
  {
    code: 'IT',
    languages: ['it'],
    callingCode: '39',
    supportName: 'Aiuto alle Vittime',
    people: ['Giulia Romano', 'Marco Esposito', 'Chiara Ricci'],
    cities: [
      city('Roma', 'Lazio', 41.9028, 12.4964, 'Europe/Rome'),
      city('Milano', 'Lombardia', 45.4642, 9.19, 'Europe/Rome'),
      city('Napoli', 'Campania', 40.8518, 14.2681, 'Europe/Rome'),
      city('Torino', 'Piemonte', 45.0703, 7.6869, 'Europe/Rome'),
    ],
  },
  {
    code: 'MT',
    languages: ['mt', 'en'],
    callingCode: '356',
    supportName: 'Appoġġ lill-Vittmi',
    people: ['Maria Borg', 'Joseph Camilleri'],
    cities: [city('Valletta', 'Malta', 35.8989, 14.5146, 'Europe/Malta')],
  },
  {
    code: 'IE',
    languages: ['en', 'ga'],
    callingCode: '353',
    supportName: 'Victim Support',
    people: ['Aoife Murphy', 'Ciarán Kelly', 'Siobhán Byrne'],
    cities: [
      city('Dublin', 'Leinster', 53.3498, -6.2603, 'Europe/Dublin'),
      city('Cork', 'Munster', 51.8985, -8.4756, 'Europe/Dublin'),
      city('Galway', 'Connacht', 53.2707, -9.0568, 'Europe/Dublin'),
    ],
  },
  {
    code: 'GB',
    languages: ['en'],
    callingCode: '44',
    supportName: 'Victim Support',
    people: ['Sarah Thompson', 'James Wilson', 'Priya Patel'],
    cities: [
      city('London', 'England', 51.5074, -0.1278, 'Europe/London'),
      city('Edinburgh', 'Scotland', 55.9533, -3.1883, 'Europe/London'),
      city('Cardiff', 'Wales', 51.4816, -3.1791, 'Europe/London', { languages: ['en', 'cy'] }),
      city('Belfast', 'Northern Ireland', 54.5973, -5.9301, 'Europe/London'),
      city('Manchester', 'England', 53.4808, -2.2426, 'Europe/London'),
    ],
  },
  {
    code: 'DK',
    languages: ['da'],
    callingCode: '45',
    supportName: 'Offerrådgivning',
    people: ['Mette Nielsen', 'Mads Jensen'],
    cities: [
      city('København', 'Hovedstaden', 55.6761, 12.5683, 'Europe/Copenhagen'),
      city('Aarhus', 'Midtjylland', 56.1629, 10.2039, 'Europe/Copenhagen'),
    ],
  },
  {
    code: 'SE',
    languages: ['sv'],
    callingCode: '46',
    supportName: 'Brottsofferjour',
    people: ['Elin Andersson', 'Erik Johansson', 'Maja Karlsson'],
    cities: [
      city('Stockholm', 'Stockholms län', 59.3293, 18.0686, 'Europe/Stockholm'),
      city('Göteborg', 'Västra Götaland', 57.7089, 11.9746, 'Europe/Stockholm'),
      city('Malmö', 'Skåne', 55.605, 13.0038, 'Europe/Stockholm'),
    ],
  },
  {
    code: 'NO',
    languages: ['nb'],
    callingCode: '47',
    supportName: 'Støttesenter for kriminalitetsutsatte',
    people: ['Ingrid Hansen', 'Ola Nordmann', 'Kari Berg'],
    cities: [
      city('Oslo', 'Oslo', 59.9139, 10.7522, 'Europe/Oslo'),
      city('Bergen', 'Vestland', 60.3913, 5.3221, 'Europe/Oslo'),
      city('Tromsø', 'Troms', 69.6492, 18.9553, 'Europe/Oslo', { languages: ['nb', 'se'] }),
    ],
  },
  {
    code: 'FI',
    languages: ['fi', 'sv'],
    callingCode: '358',
    supportName: 'Rikosuhripäivystys',
    people: ['Aino Virtanen', 'Mikko Korhonen'],
    cities: [
      city('Helsinki', 'Uusimaa', 60.1699, 24.9384, 'Europe/Helsinki'),
      city('Tampere', 'Pirkanmaa', 61.4978, 23.761, 'Europe/Helsinki', { languages: ['fi'] }),
      city('Oulu', 'Pohjois-Pohjanmaa', 65.0121, 25.4651, 'Europe/Helsinki', { languages: ['fi'] }),
    ],
  },
  {
    code: 'EE',
    languages: ['et'],
    callingCode: '372',
    supportName: 'Ohvriabi',
    people: ['Kadri Tamm', 'Martin Saar'],
    cities: [
      city('Tallinn', 'Harjumaa', 59.437, 24.7536, 'Europe/Tallinn', { languages: ['et', 'ru'] }),
      city('Tartu', 'Tartumaa', 58.3776, 26.729, 'Europe/Tallinn'),
    ],
  },
  {
    code: 'LV',
    languages: ['lv'],
    callingCode: '371',
    supportName: 'Atbalsts cietušajiem',
    people: ['Ilze Bērziņa', 'Jānis Kalniņš'],
    cities: [city('Rīga', 'Rīga', 56.9496, 24.1052, 'Europe/Riga', { languages: ['lv', 'ru'] })],
  },
  {
    code: 'LT',
    languages: ['lt'],
    callingCode: '370',
    supportName: 'Pagalba nukentėjusiesiems',
    people: ['Rūta Kazlauskienė', 'Tomas Petrauskas'],
    cities: [
      city('Vilnius', 'Vilniaus apskritis', 54.6872, 25.2797, 'Europe/Vilnius'),
      city('Kaunas', 'Kauno apskritis', 54.8985, 23.9036, 'Europe/Vilnius'),
    ],
  },
  {
    code: 'PL',
    languages: ['pl'],
    callingCode: '48',
    supportName: 'Pomoc Pokrzywdzonym',
    people: ['Agnieszka Nowak', 'Piotr Kowalski', 'Katarzyna Wiśniewska'],
    cities: [
      city('Warszawa', 'Mazowieckie', 52.2297, 21.0122, 'Europe/Warsaw'),
      city('Kraków', 'Małopolskie', 50.0647, 19.945, 'Europe/Warsaw'),
      city('Gdańsk', 'Pomorskie', 54.352, 18.6466, 'Europe/Warsaw'),
      city('Wrocław', 'Dolnośląskie', 51.1079, 17.0385, 'Europe/Warsaw'),
    ],
  },
  {
    code: 'CZ',
    languages: ['cs'],
    callingCode: '420',
    supportName: 'Pomoc obětem',
    people: ['Tereza Novotná', 'Jakub Dvořák'],
    cities: [
      city('Praha', 'Praha', 50.0755, 14.4378, 'Europe/Prague'),
      city('Brno', 'Jihomoravský kraj', 49.1951, 16.6068, 'Europe/Prague'),
    ],
  },
  {
    code: 'SK',
    languages: ['sk'],
    callingCode: '421',
    supportName: 'Pomoc obetiam',
    people: ['Zuzana Horváthová', 'Martin Kováč'],
    cities: [
      city('Bratislava', 'Bratislavský kraj', 48.1486, 17.1077, 'Europe/Bratislava'),
      city('Košice', 'Košický kraj', 48.7164, 21.2611, 'Europe/Bratislava', { languages: ['sk', 'hu'] }),
    ],
  },
  {
    code: 'HU',
    languages: ['hu'],
    callingCode: '36',
    supportName: 'Áldozatsegítő Szolgálat',
    people: ['Eszter Nagy', 'Bence Tóth'],
    cities: [
      city('Budapest', 'Közép-Magyarország', 47.4979, 19.0402, 'Europe/Budapest'),
      city('Debrecen', 'Hajdú-Bihar', 47.5316, 21.6273, 'Europe/Budapest'),
    ],
  },
  {
    code: 'SI',
    languages: ['sl'],
    callingCode: '386',
    supportName: 'Pomoč žrtvam',
    people: ['Maja Novak', 'Luka Horvat'],
    cities: [
      city('Ljubljana', 'Osrednjeslovenska', 46.0569, 14.5058, 'Europe/Ljubljana'),
      city('Maribor', 'Podravska', 46.5547, 15.6459, 'Europe/Ljubljana'),
    ],
  },
  {
    code: 'HR',
    languages: ['hr'],
    callingCode: '385',
    supportName: 'Podrška žrtvama',
    people: ['Ivana Kovačević', 'Marko Babić'],
    cities: [
      city('Zagreb', 'Grad Zagreb', 45.815, 15.9819, 'Europe/Zagreb'),
      city('Split', 'Splitsko-dalmatinska', 43.5081, 16.4402, 'Europe/Zagreb'),
    ],
  },
  {
    code: 'RO',
    languages: ['ro'],
    callingCode: '40',
    supportName: 'Sprijin pentru Victime',
    people: ['Ioana Popescu', 'Andrei Ionescu'],
    cities: [
      city('București', 'București', 44.4268, 26.1025, 'Europe/Bucharest'),
      city('Cluj-Napoca', 'Cluj', 46.7712, 23.6236, 'Europe/Bucharest', { languages: ['ro', 'hu'] }),
    ],
  },
  {
    code: 'BG',
    languages: ['bg'],
    callingCode: '359',
    supportName: 'Подкрепа за пострадали',
    people: ['Мария Иванова', 'Георги Петров'],
    cities: [
      city('София', 'София-град', 42.6977, 23.3219, 'Europe/Sofia', { latin: 'sofia' }),
      city('Пловдив', 'Пловдив', 42.1354, 24.7453, 'Europe/Sofia', { latin: 'plovdiv' }),
    ],
  },
  {
    code: 'GR',
    languages: ['el'],
    callingCode: '30',
    supportName: 'Υποστήριξη Θυμάτων',
    people: ['Μαρία Παπαδοπούλου', 'Γιώργος Νικολάου'],
    cities: [
      city('Αθήνα', 'Αττική', 37.9838, 23.7275, 'Europe/Athens', { latin: 'athina' }),
      city('Θεσσαλονίκη', 'Κεντρική Μακεδονία', 40.6401, 22.9444, 'Europe/Athens', { latin: 'thessaloniki' }),
    ],
  },
  {
    code: 'CY',
    languages: ['el', 'tr'],
    callingCode: '357',
    supportName: 'Υποστήριξη Θυμάτων',
    people: ['Ελένη Χριστοδούλου', 'Andreas Georgiou'],
    cities: [
      city('Λευκωσία', 'Λευκωσία', 35.1856, 33.3823, 'Asia/Nicosia', { latin: 'lefkosia' }),
      city('Λεμεσός', 'Λεμεσός', 34.7071, 33.0226, 'Asia/Nicosia', { languages: ['el'], latin: 'lemesos' }),
    ],
  },
  {
    code: 'RS',
    languages: ['sr'],
    callingCode: '381',
    supportName: 'Podrška žrtvama',
    people: ['Jelena Jovanović', 'Nikola Petrović'],
    cities: [
      city('Beograd', 'Beograd', 44.7866, 20.4489, 'Europe/Belgrade'),
      city('Novi Sad', 'Vojvodina', 45.2671, 19.8335, 'Europe/Belgrade', { languages: ['sr', 'hu'] }),
    ],
  },
  {
    code: 'UA',
    languages: ['uk'],
    callingCode: '380',
    supportName: 'Підтримка постраждалих',
    people: ['Олена Коваленко', 'Андрій Шевченко', 'Ірина Бондаренко'],
    cities: [
      city('Київ', 'Київ', 50.4501, 30.5234, 'Europe/Kyiv', { latin: 'kyiv' }),
      city('Львів', 'Львівська область', 49.8397, 24.0297, 'Europe/Kyiv', { latin: 'lviv' }),
      city('Одеса', 'Одеська область', 46.4825, 30.7233, 'Europe/Kyiv', { latin: 'odesa' }),
    ],
  },
  {
    code: 'TR',
    languages: ['tr'],
    callingCode: '90',
    supportName: 'Mağdur Destek',
    people: ['Ayşe Yılmaz', 'Mehmet Demir', 'Zeynep Kaya'],
    cities: [
      city('İstanbul', 'İstanbul', 41.0082, 28.9784, 'Europe/Istanbul'),
      city('Ankara', 'Ankara', 39.9334, 32.8597, 'Europe/Istanbul'),
      city('İzmir', 'İzmir', 38.4237, 27.1428, 'Europe/Istanbul'),
    ],
  },
  {
    code: 'US',
    languages: ['en', 'es'],
    callingCode: '1',
    supportName: 'Victim Services',
    people: ['Jennifer Johnson', 'Michael Brown', 'Maria Hernandez'],
    cities: [
      city('New York', 'New York', 40.7128, -74.006, 'America/New_York'),
      city('Chicago', 'Illinois', 41.8781, -87.6298, 'America/Chicago'),
      city('Los Angeles', 'California', 34.0522, -118.2437, 'America/Los_Angeles'),
      city('Washington', 'District of Columbia', 38.9072, -77.0369, 'America/New_York'),
    ],
  },
  {
    code: 'CA',
    languages: ['en', 'fr'],
    callingCode: '1',
    supportName: 'Victim Services',
    people: ['Emily Tremblay', 'Olivier Gagnon', 'Ryan MacDonald'],
    cities: [
      city('Toronto', 'Ontario', 43.6532, -79.3832, 'America/Toronto', { languages: ['en'] }),
      city('Montréal', 'Québec', 45.5019, -73.5674, 'America/Toronto', {
        languages: ['fr', 'en'],
        supportName: 'Aide aux victimes',
      }),
      city('Vancouver', 'British Columbia', 49.2827, -123.1207, 'America/Vancouver', { languages: ['en'] }),
    ],
  },
  {
    code: 'BR',
    languages: ['pt-BR'],
    callingCode: '55',
    supportName: 'Apoio às Vítimas',
    people: ['Fernanda Oliveira', 'Rafael Santos', 'Juliana Lima'],
    cities: [
      city('São Paulo', 'São Paulo', -23.5505, -46.6333, 'America/Sao_Paulo'),
      city('Rio de Janeiro', 'Rio de Janeiro', -22.9068, -43.1729, 'America/Sao_Paulo'),
      city('Brasília', 'Distrito Federal', -15.7939, -47.8828, 'America/Sao_Paulo'),
    ],
  },
  {
    code: 'NZ',
    languages: ['en', 'mi'],
    callingCode: '64',
    supportName: 'Victim Support',
    people: ['Aroha Ngata', 'Liam Taylor', 'Olivia Smith'],
    cities: [
      city('Auckland', 'Auckland', -36.8485, 174.7633, 'Pacific/Auckland'),
      city('Wellington', 'Wellington', -41.2866, 174.7756, 'Pacific/Auckland'),
      city('Christchurch', 'Canterbury', -43.5321, 172.6362, 'Pacific/Auckland'),
    ],
  },
  {
    code: 'KR',
    languages: ['ko'],
    callingCode: '82',
    supportName: '범죄피해자지원센터',
    people: ['김민지', '이준호', '박서연'],
    cities: [
      city('서울', '서울특별시', 37.5665, 126.978, 'Asia/Seoul', { latin: 'seoul' }),
      city('부산', '부산광역시', 35.1796, 129.0756, 'Asia/Seoul', { latin: 'busan' }),
    ],
  },
];
