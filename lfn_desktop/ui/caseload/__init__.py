"""The caseload list and the team lead's load per coach."""
