import { suggestCategory } from './suggest-category';

describe('suggestCategory', () => {
  const categories = [
    { id: 'roads', keywords: [] },
    { id: 'roads.repair', keywords: ['яма', 'ямы', 'асфальт'] },
    { id: 'housing.heating', keywords: ['отоплен', 'батаре', 'холодно в квартире'] },
  ];

  it('picks the category whose keywords the text contains', () => {
    expect(suggestCategory('Во дворе огромная ЯМА, асфальт разбит', categories)?.id).toBe('roads.repair');
  });

  it('weighs longer matches more and treats ё as е', () => {
    expect(suggestCategory('Холодно в квартире, а ямы во дворе', categories)?.id).toBe('housing.heating');
    expect(suggestCategory('Батареи холодные', categories)?.id).toBe('housing.heating');
    expect(suggestCategory('Отоплёния нет', [{ id: 'h', keywords: ['отоплен'] }])?.id).toBe('h');
  });

  it('suggests nothing for an empty or unrelated text', () => {
    expect(suggestCategory('', categories)).toBeNull();
    expect(suggestCategory('Спасибо за помощь', categories)).toBeNull();
  });
});
