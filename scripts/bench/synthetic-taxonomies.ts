/**
 * Taxonomies of the synthetic corpus: the sample content's themes, regions, partners and cities,
 * plus more real cities so that a large corpus spreads over many places, as the real hub does.
 * Coordinates are approximate city centres.
 */
import { cities as sampleCities, partners, regions, themes } from '../seed/sample-content/taxonomies.js';
import type { CitySeed } from '../seed/sample-content/types.js';

type Names = [en: string, fr: string, es: string, ar: string];
const translated = ([en, fr, es, ar]: Names) => ({ en, fr, es, ar });

const countries: Record<string, Names> = {
  KE: ['Kenya', 'Kenya', 'Kenia', 'كينيا'],
  SN: ['Senegal', 'Sénégal', 'Senegal', 'السنغال'],
  GH: ['Ghana', 'Ghana', 'Ghana', 'غانا'],
  NG: ['Nigeria', 'Nigeria', 'Nigeria', 'نيجيريا'],
  ET: ['Ethiopia', 'Éthiopie', 'Etiopía', 'إثيوبيا'],
  TZ: ['Tanzania', 'Tanzanie', 'Tanzania', 'تنزانيا'],
  ZA: ['South Africa', 'Afrique du Sud', 'Sudáfrica', 'جنوب أفريقيا'],
  JO: ['Jordan', 'Jordanie', 'Jordania', 'الأردن'],
  LB: ['Lebanon', 'Liban', 'Líbano', 'لبنان'],
  TN: ['Tunisia', 'Tunisie', 'Túnez', 'تونس'],
  MA: ['Morocco', 'Maroc', 'Marruecos', 'المغرب'],
  IQ: ['Iraq', 'Irak', 'Irak', 'العراق'],
  DK: ['Denmark', 'Danemark', 'Dinamarca', 'الدنمارك'],
  BE: ['Belgium', 'Belgique', 'Bélgica', 'بلجيكا'],
  GB: ['United Kingdom', 'Royaume-Uni', 'Reino Unido', 'المملكة المتحدة'],
  DE: ['Germany', 'Allemagne', 'Alemania', 'ألمانيا'],
  SE: ['Sweden', 'Suède', 'Suecia', 'السويد'],
  FR: ['France', 'France', 'Francia', 'فرنسا'],
  IT: ['Italy', 'Italie', 'Italia', 'إيطاليا'],
  BA: ['Bosnia and Herzegovina', 'Bosnie-Herzégovine', 'Bosnia y Herzegovina', 'البوسنة والهرسك'],
  AL: ['Albania', 'Albanie', 'Albania', 'ألبانيا'],
  MK: ['North Macedonia', 'Macédoine du Nord', 'Macedonia del Norte', 'مقدونيا الشمالية'],
  US: ['United States', 'États-Unis', 'Estados Unidos', 'الولايات المتحدة'],
  CA: ['Canada', 'Canada', 'Canadá', 'كندا'],
  MY: ['Malaysia', 'Malaisie', 'Malasia', 'ماليزيا'],
  ID: ['Indonesia', 'Indonésie', 'Indonesia', 'إندونيسيا'],
  PH: ['Philippines', 'Philippines', 'Filipinas', 'الفلبين'],
  LK: ['Sri Lanka', 'Sri Lanka', 'Sri Lanka', 'سريلانكا'],
  NZ: ['New Zealand', 'Nouvelle-Zélande', 'Nueva Zelanda', 'نيوزيلندا'],
  AU: ['Australia', 'Australie', 'Australia', 'أستراليا'],
  BD: ['Bangladesh', 'Bangladesh', 'Bangladés', 'بنغلاديش'],
  CO: ['Colombia', 'Colombie', 'Colombia', 'كولومبيا'],
  MX: ['Mexico', 'Mexique', 'México', 'المكسيك'],
  BR: ['Brazil', 'Brésil', 'Brasil', 'البرازيل'],
  EC: ['Ecuador', 'Équateur', 'Ecuador', 'الإكوادور'],
  JM: ['Jamaica', 'Jamaïque', 'Jamaica', 'جامايكا'],
};

// key, names (en, fr, es, ar), country code, region, latitude, longitude
const moreCities: [string, Names, string, string, number, number][] = [
  ['nairobi', ['Nairobi', 'Nairobi', 'Nairobi', 'نيروبي'], 'KE', 'africa', -1.2864, 36.8172],
  ['mombasa', ['Mombasa', 'Mombasa', 'Mombasa', 'مومباسا'], 'KE', 'africa', -4.0435, 39.6682],
  ['garissa', ['Garissa', 'Garissa', 'Garissa', 'غاريسا'], 'KE', 'africa', -0.4532, 39.6461],
  ['dakar', ['Dakar', 'Dakar', 'Dakar', 'داكار'], 'SN', 'africa', 14.7167, -17.4677],
  ['accra', ['Accra', 'Accra', 'Acra', 'أكرا'], 'GH', 'africa', 5.6037, -0.187],
  ['lagos', ['Lagos', 'Lagos', 'Lagos', 'لاغوس'], 'NG', 'africa', 6.5244, 3.3792],
  ['addis-ababa', ['Addis Ababa', 'Addis-Abeba', 'Adís Abeba', 'أديس أبابا'], 'ET', 'africa', 9.03, 38.74],
  ['dar-es-salaam', ['Dar es Salaam', 'Dar es Salaam', 'Dar es-Salam', 'دار السلام'], 'TZ', 'africa', -6.7924, 39.2083],
  ['johannesburg', ['Johannesburg', 'Johannesburg', 'Johannesburgo', 'جوهانسبرغ'], 'ZA', 'africa', -26.2041, 28.0473],
  ['amman', ['Amman', 'Amman', 'Amán', 'عمّان'], 'JO', 'mena', 31.9454, 35.9284],
  ['irbid', ['Irbid', 'Irbid', 'Irbid', 'إربد'], 'JO', 'mena', 32.5568, 35.8469],
  ['beirut', ['Beirut', 'Beyrouth', 'Beirut', 'بيروت'], 'LB', 'mena', 33.8938, 35.5018],
  ['tripoli-lb', ['Tripoli', 'Tripoli', 'Trípoli', 'طرابلس'], 'LB', 'mena', 34.4367, 35.8497],
  ['tunis', ['Tunis', 'Tunis', 'Túnez', 'تونس'], 'TN', 'mena', 36.8065, 10.1815],
  ['sfax', ['Sfax', 'Sfax', 'Sfax', 'صفاقس'], 'TN', 'mena', 34.7406, 10.7603],
  ['casablanca', ['Casablanca', 'Casablanca', 'Casablanca', 'الدار البيضاء'], 'MA', 'mena', 33.5731, -7.5898],
  ['erbil', ['Erbil', 'Erbil', 'Erbil', 'أربيل'], 'IQ', 'mena', 36.1911, 44.0092],
  ['aarhus', ['Aarhus', 'Aarhus', 'Aarhus', 'آرهوس'], 'DK', 'europe', 56.1629, 10.2039],
  ['mechelen', ['Mechelen', 'Malines', 'Malinas', 'ميشلن'], 'BE', 'europe', 51.0259, 4.4776],
  ['vilvoorde', ['Vilvoorde', 'Vilvorde', 'Vilvoorde', 'فيلفورد'], 'BE', 'europe', 50.9281, 4.4245],
  ['manchester', ['Manchester', 'Manchester', 'Mánchester', 'مانشستر'], 'GB', 'europe', 53.4808, -2.2426],
  ['berlin', ['Berlin', 'Berlin', 'Berlín', 'برلين'], 'DE', 'europe', 52.52, 13.405],
  ['stockholm', ['Stockholm', 'Stockholm', 'Estocolmo', 'ستوكهولم'], 'SE', 'europe', 59.3293, 18.0686],
  ['lyon', ['Lyon', 'Lyon', 'Lyon', 'ليون'], 'FR', 'europe', 45.764, 4.8357],
  ['bologna', ['Bologna', 'Bologne', 'Bolonia', 'بولونيا'], 'IT', 'europe', 44.4949, 11.3426],
  ['sarajevo', ['Sarajevo', 'Sarajevo', 'Sarajevo', 'سراييفو'], 'BA', 'europe', 43.8563, 18.4131],
  ['tirana', ['Tirana', 'Tirana', 'Tirana', 'تيرانا'], 'AL', 'europe', 41.3275, 19.8187],
  ['skopje', ['Skopje', 'Skopje', 'Skopie', 'سكوبيه'], 'MK', 'europe', 41.9981, 21.4254],
  ['minneapolis', ['Minneapolis', 'Minneapolis', 'Mineápolis', 'مينيابوليس'], 'US', 'north-america', 44.9778, -93.265],
  ['denver', ['Denver', 'Denver', 'Denver', 'دنفر'], 'US', 'north-america', 39.7392, -104.9903],
  ['atlanta', ['Atlanta', 'Atlanta', 'Atlanta', 'أتلانتا'], 'US', 'north-america', 33.749, -84.388],
  ['toronto', ['Toronto', 'Toronto', 'Toronto', 'تورونتو'], 'CA', 'north-america', 43.6532, -79.3832],
  ['kuala-lumpur', ['Kuala Lumpur', 'Kuala Lumpur', 'Kuala Lumpur', 'كوالالمبور'], 'MY', 'asia-pacific', 3.139, 101.6869],
  ['jakarta', ['Jakarta', 'Jakarta', 'Yakarta', 'جاكرتا'], 'ID', 'asia-pacific', -6.2088, 106.8456],
  ['marawi', ['Marawi', 'Marawi', 'Marawi', 'مراوي'], 'PH', 'asia-pacific', 8.0034, 124.2839],
  ['colombo', ['Colombo', 'Colombo', 'Colombo', 'كولومبو'], 'LK', 'asia-pacific', 6.9271, 79.8612],
  ['christchurch', ['Christchurch', 'Christchurch', 'Christchurch', 'كرايستشيرش'], 'NZ', 'asia-pacific', -43.5321, 172.6362],
  ['melbourne', ['Melbourne', 'Melbourne', 'Melbourne', 'ملبورن'], 'AU', 'asia-pacific', -37.8136, 144.9631],
  ['dhaka', ['Dhaka', 'Dacca', 'Daca', 'دكا'], 'BD', 'asia-pacific', 23.8103, 90.4125],
  ['bogota', ['Bogotá', 'Bogota', 'Bogotá', 'بوغوتا'], 'CO', 'latin-america-caribbean', 4.711, -74.0721],
  ['medellin', ['Medellín', 'Medellín', 'Medellín', 'ميديين'], 'CO', 'latin-america-caribbean', 6.2442, -75.5812],
  ['mexico-city', ['Mexico City', 'Mexico', 'Ciudad de México', 'مكسيكو'], 'MX', 'latin-america-caribbean', 19.4326, -99.1332],
  ['sao-paulo', ['São Paulo', 'São Paulo', 'São Paulo', 'ساو باولو'], 'BR', 'latin-america-caribbean', -23.5505, -46.6333],
  ['quito', ['Quito', 'Quito', 'Quito', 'كيتو'], 'EC', 'latin-america-caribbean', -0.1807, -78.4678],
  ['kingston', ['Kingston', 'Kingston', 'Kingston', 'كينغستون'], 'JM', 'latin-america-caribbean', 17.9712, -76.7936],
];

export const syntheticCities: CitySeed[] = [
  ...sampleCities,
  ...moreCities.map(([key, names, countryCode, region, latitude, longitude]) => ({
    key,
    name: translated(names),
    country: translated(countries[countryCode]),
    countryCode,
    region,
    latitude,
    longitude,
  })),
];

export { partners as syntheticPartners, regions as syntheticRegions, themes as syntheticThemes };
