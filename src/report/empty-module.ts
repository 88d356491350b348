// Stand-in for optional jsPDF dependencies (html2canvas, dompurify, canvg) that the report never uses.
export default {}
