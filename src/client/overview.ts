/** The overview's enhancements: sortable tables, the reports filter kept in the address, the CSV of the rows shown. */
import './sort-table.ts';
import './table-tools.ts';
