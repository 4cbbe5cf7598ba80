"""The vocabulary every other part uses: settings, errors, parameters, SIDs, clocks, dates, credentials."""
