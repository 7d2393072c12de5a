export { createSalesLead, listSalesLeads, type SalesLeadView } from './leads.ts';
export { ListLeadsInput, type SalesLeadBody, SalesLeadInput } from './schemas.ts';
