export { FEDERAL_DISTRICTS, REGIONS, type FederalDistrict, type FederalDistrictInfo, type Region } from './regions';
export { DEMO_VOTER_TERRITORY_ID, TERRITORIES, type Territory, type TerritoryKind } from './territories';
export { CATEGORIES, SUBCATEGORIES, type Subcategory, type TopCategory } from './categories';
export { NATIONAL_PROJECTS, type NationalProject, type NationalProjectPeriod } from './national-projects';
