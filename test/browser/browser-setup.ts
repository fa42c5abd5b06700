// A browser test starts the API and Chromium and walks through pages: give it time (timings live in bench/).
jest.setTimeout(120_000);
