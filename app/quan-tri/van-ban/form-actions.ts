import type { DocumentFormActions } from "@/components/workspace/document-form";
import { deleteDocumentAction, moveDocumentFileAction, removeDocumentFileAction, saveDocumentAction, unpublishDocumentAction } from "./actions";

/** The server actions the document form and its files panel call. */
export const documentFormActions: DocumentFormActions = {
  save: saveDocumentAction,
  unpublish: unpublishDocumentAction,
  deleteDocument: deleteDocumentAction,
  removeFile: removeDocumentFileAction,
  moveFile: moveDocumentFileAction,
};
