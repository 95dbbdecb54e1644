/** The union's contacts, as the contact block under a "Liên hệ"-style page shows them ("" when not given). */
export type ContactDetails = { address: string; phone: string; fax: string; email: string; workingHours: string };

/** Whether there is anything to show: a block of empty lines helps nobody. */
export function hasContactDetails(details: ContactDetails | null): details is ContactDetails {
  return details !== null && Object.values(details).some((value) => value.trim() !== "");
}
