import { exclusiveTimes } from './explain';

describe('the time of each plan node of its own', () => {
  it('takes the children off their parent, loops counted', () => {
    const nodes = exclusiveTimes({
      'Node Type': 'Hash Join',
      'Actual Total Time': 100,
      'Actual Loops': 1,
      Plans: [
        { 'Node Type': 'Seq Scan', 'Relation Name': 'analytics_appeals', 'Actual Total Time': 30, 'Actual Loops': 1 },
        {
          'Node Type': 'Index Scan',
          'Index Name': 'registry_categories_pkey',
          'Relation Name': 'registry_categories',
          'Actual Total Time': 0.01,
          'Actual Loops': 2000,
        },
      ],
    });
    expect(nodes.map((node) => [node.node, node.exclusiveMs])).toEqual([
      ['Hash Join', 50],
      ['Seq Scan on analytics_appeals', 30],
      ['Index Scan using registry_categories_pkey on registry_categories', 20],
    ]);
  });

  it('charges a CTE to itself, not to the scan that pulls it nor to the node it hangs under', () => {
    const nodes = exclusiveTimes({
      'Node Type': 'Merge Join',
      'Actual Total Time': 500,
      Plans: [
        {
          'Node Type': 'Aggregate',
          Strategy: 'Sorted',
          'Subplan Name': 'CTE case_counts',
          'Actual Total Time': 400,
          Plans: [{ 'Node Type': 'Seq Scan', 'Relation Name': 'rating_cases', 'Actual Total Time': 100 }],
        },
        { 'Node Type': 'CTE Scan', 'CTE Name': 'case_counts', 'Actual Total Time': 410 },
        { 'Node Type': 'Sort', 'Sort Space Type': 'Disk', 'Actual Total Time': 60 },
      ],
    });
    expect(nodes.map((node) => [node.node, node.exclusiveMs])).toEqual([
      ['Merge Join', 30],
      ['Sorted Aggregate (CTE case_counts)', 300],
      ['Seq Scan on rating_cases', 100],
      ['CTE Scan case_counts', 10],
      ['Sort (spilled to disk)', 60],
    ]);
  });
});
