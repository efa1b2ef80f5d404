// The map the synthetic places sit on: real countries and Syrian governorates with approximate centres, so
// coordinates, LOCATED_IN chains and place-based queries look like the story's data.

export interface Area {
  /** Kebab-case id fragment. */
  slug: string;
  name: string;
  lat: number;
  lon: number;
  /** Rough radius in degrees within which its towns are scattered. */
  spread: number;
}

export const COUNTRIES: Area[] = [
  { slug: 'syria', name: 'Syria', lat: 35.0, lon: 38.5, spread: 1.6 },
  { slug: 'turkey', name: 'Turkey', lat: 37.2, lon: 37.5, spread: 0.8 },
  { slug: 'iraq', name: 'Iraq', lat: 34.4, lon: 42.5, spread: 1.0 },
  { slug: 'lebanon', name: 'Lebanon', lat: 33.9, lon: 35.8, spread: 0.3 },
  { slug: 'jordan', name: 'Jordan', lat: 32.2, lon: 36.3, spread: 0.5 },
  { slug: 'israel', name: 'Israel', lat: 32.8, lon: 35.3, spread: 0.3 },
  { slug: 'iran', name: 'Iran', lat: 34.6, lon: 47.0, spread: 1.5 },
  { slug: 'russia', name: 'Russia', lat: 55.7, lon: 37.6, spread: 1.5 },
];

/** Syria's fourteen governorates; most synthetic places fall inside one of them. */
export const GOVERNORATES: Area[] = [
  { slug: 'aleppo', name: 'Aleppo Governorate', lat: 36.2, lon: 37.5, spread: 0.5 },
  { slug: 'idlib', name: 'Idlib Governorate', lat: 35.8, lon: 36.6, spread: 0.3 },
  { slug: 'hama', name: 'Hama Governorate', lat: 35.2, lon: 36.9, spread: 0.4 },
  { slug: 'homs', name: 'Homs Governorate', lat: 34.6, lon: 37.8, spread: 0.8 },
  { slug: 'damascus', name: 'Damascus Governorate', lat: 33.5, lon: 36.3, spread: 0.1 },
  { slug: 'rif-dimashq', name: 'Rif Dimashq Governorate', lat: 33.6, lon: 36.7, spread: 0.5 },
  { slug: 'daraa', name: 'Daraa Governorate', lat: 32.8, lon: 36.2, spread: 0.25 },
  { slug: 'quneitra', name: 'Quneitra Governorate', lat: 33.1, lon: 35.9, spread: 0.15 },
  { slug: 'suwayda', name: 'As-Suwayda Governorate', lat: 32.7, lon: 36.7, spread: 0.3 },
  { slug: 'latakia', name: 'Latakia Governorate', lat: 35.6, lon: 35.9, spread: 0.25 },
  { slug: 'tartus', name: 'Tartus Governorate', lat: 34.9, lon: 36.0, spread: 0.2 },
  { slug: 'raqqa', name: 'Raqqa Governorate', lat: 35.9, lon: 38.9, spread: 0.6 },
  { slug: 'deir-ez-zor', name: 'Deir ez-Zor Governorate', lat: 35.2, lon: 40.3, spread: 0.7 },
  { slug: 'hasakah', name: 'Al-Hasakah Governorate', lat: 36.6, lon: 40.8, spread: 0.6 },
];

/** Share of synthetic places inside Syria's governorates; the rest are across the borders. */
export const SHARE_IN_SYRIA = 0.9;
