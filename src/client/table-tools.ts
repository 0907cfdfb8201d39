/** A filterable table's enhancements: the filter kept in the address, the CSV of the rows shown. */
import './row-filter.ts';
import './csv-download.ts';
