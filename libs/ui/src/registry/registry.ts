import { graphql } from '../gql';
import type { CategoriesQuery } from '../gql/graphql';

/** Everything in the registry has a Russian and an English name; `useLocalizedName` picks one. */
export type Named = Readonly<{ nameRu: string; nameEn: string }>;

export const TERRITORIES_QUERY = graphql(`
  query Territories($regionCode: String!) {
    territories(regionCode: $regionCode) {
      id
      regionCode
      nameRu
      nameEn
    }
  }
`);

/** The topics of appeals; `keywords` let the voter's form suggest one from the text. */
export const CATEGORIES_QUERY = graphql(`
  query Categories {
    categories {
      id
      parentId
      nameRu
      nameEn
      keywords
    }
  }
`);

export type Category = CategoriesQuery['categories'][number];
