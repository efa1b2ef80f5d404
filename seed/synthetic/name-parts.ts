// Word lists the synthetic names are built from: plausible for the region, invented combinations, never real people.

const words = (text: string): readonly string[] => text.trim().split(/\s+/);

export const GIVEN_NAMES = words(`
  Ahmad Mohammad Omar Khaled Hassan Ali Youssef Ibrahim Mahmoud Abdullah Samir Fadi Bassam Rami Zaid Tariq Nabil
  Walid Jamal Faisal Hussein Karim Salim Adnan Majid Suleiman Yasser Bashir Munir Hamza Anas Bilal Mazen Nizar
  Ghassan Issam Rafiq Sami Ziad Firas Layla Rania Huda Maryam Noor Salma Dima Hiba Lina Amal`);

export const FAMILY_NAMES = words(`
  al-Hamwi al-Halabi al-Idlibi Haddad al-Khatib Nasser Saleh Darwish Qassem Mansour al-Sabbagh al-Shami al-Zoubi
  al-Masri Jaber Othman Hamdan Khalil al-Rahman al-Najjar al-Homsi al-Raqqawi al-Deiri al-Hourani al-Ahmad Barakat
  Ghanem Yassin Abboud Sultan al-Tamimi al-Jubouri al-Ani Kurdi Mustafa Hijazi al-Azm Kanaan Shaaban Rifai`);

export const FACTION_WORDS = words(`
  Tawhid Fath Nasr Sham Ahrar Thuwar Haqq Izza Karama Furqan Ansar Muhajirin Sumud Nour Islam Fajr Sultan Hamza
  Tahrir Jabha Shuhada Ghuraba Ajnad Faylaq Sanadid Amn Difa Watan Badr Qadisiya`);

/** How armed groups are named: a brigade, an army, a movement, battalions, a legion. */
export const FACTION_PATTERNS: readonly ((a: string, b: string) => string)[] = [
  (a, b) => `Liwa al-${a} al-${b}`,
  (a, b) => `Jaysh al-${a} wal-${b}`,
  (a, b) => `Harakat ${a} al-${b}`,
  (a, b) => `${a} ${b} Brigade`,
  (a, b) => `Kataib al-${a} ${b}`,
  (a, b) => `Faylaq al-${a} wal-${b}`,
];

export const PLACE_PREFIXES = words(
  'Tell Kafr Jisr Maarat Deir Ain Khan Qasr Bab Jabal Wadi Ras Beit Umm Qalaat Sheikh',
);

export const PLACE_ROOTS = words(`
  Nabl Hamra Shughur Numan Abyad Jamal Dahab Zeit Tuffah Ward Qamh Rummana Salqin Tarmala Suran Halfaya Morek
  Latamna Hish Kurin Sarmin Binnish Taftanaz Atarib Daret Anadan Hayyan Bayanoun Nubl Zahra Safira Khanasir Maskana
  Dibsi Tabqa Suluk Akhtarin Mare Qabasin Tadef`);

export const OPERATION_WORDS = words(`
  Dawn Victory Storm Thunder Dignity Liberation Conquest Resolve Shield Spring Olive Peace Sword Anger
  Steadfastness Return Freedom Deterrence Lightning Wind`);

export const SOURCE_PUBLISHERS = words(
  'Synthetic-Monitor Test-Observatory Example-Wire Placeholder-Review Sample-Gazette',
);
