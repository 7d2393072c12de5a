export { createSalesLead, listSalesLeads, type SalesLeadView } from './leads.ts';
export { ListLeadsInput, SalesLeadInput, type SalesLeadBody } from './schemas.ts';
