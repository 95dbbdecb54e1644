"use client";

import { Component, type ReactNode } from "react";

/**
 * Around the notFound() that makes a public page's answer a 404 (not-found-page.tsx): once the page is
 * hydrated that notFound() is thrown again in the browser, and this keeps it there, so the 404 content the
 * server drew stays. Without it the error would climb to a not-found boundary, whose content every page
 * of the site would then carry in its payload (a second header, menu and footer, about 35 KB before
 * compression) only to draw the same thing again.
 */
export class NotFoundSignalBoundary extends Component<{ children: ReactNode }, { thrown: boolean }> {
  state = { thrown: false };

  static getDerivedStateFromError(): { thrown: boolean } {
    return { thrown: true };
  }

  render(): ReactNode {
    return this.state.thrown ? null : this.props.children;
  }
}
