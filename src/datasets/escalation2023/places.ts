import type { Location } from '../../schema/location';

/** Places that several escalation2023 events share. Coordinates are approximate unless marked otherwise. */
export const places = {
  alAsad: { name: 'Al-Asad Air Base, Anbar Governorate', country: 'Iraq', lat: 33.786, lon: 42.441, approximate: true },
  erbilAirBase: {
    name: 'Erbil Air Base (Erbil International Airport), Kurdistan Region',
    country: 'Iraq',
    lat: 36.237,
    lon: 43.963,
    approximate: true,
  },
  harir: {
    name: 'Harir Air Base, Erbil Governorate (Kurdistan Region)',
    country: 'Iraq',
    lat: 36.53,
    lon: 44.35,
    approximate: true,
  },
  baghdad: { name: 'Baghdad', country: 'Iraq', lat: 33.315, lon: 44.366, approximate: true },
  abuKamal: {
    name: 'Near Abu Kamal (Albu Kamal), Deir ez-Zor Governorate',
    country: 'Syria',
    lat: 34.45,
    lon: 40.92,
    approximate: true,
  },
  mayadin: {
    name: 'Near Mayadin, Deir ez-Zor Governorate',
    country: 'Syria',
    lat: 35.02,
    lon: 40.45,
    approximate: true,
  },
  jurfAlSakhar: {
    name: 'Jurf al-Sakhar (Jurf al-Nasr), northern Babil Governorate',
    country: 'Iraq',
    lat: 32.87,
    lon: 44.15,
    approximate: true,
  },
  alQaim: { name: 'Al-Qaim area, Anbar Governorate', country: 'Iraq', lat: 34.38, lon: 41.1, approximate: true },
} satisfies Record<string, Location>;
