// Filled in by the method page (issue 3).
export default {}
