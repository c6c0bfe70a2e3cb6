"""ReportLab documents: entry slip, receipt (80 mm roll) and, later, the close-out report (A4)."""
