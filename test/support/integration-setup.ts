// Integration tests talk to a real PostgreSQL and start processes: give them time (timings live in bench/).
jest.setTimeout(60_000);
