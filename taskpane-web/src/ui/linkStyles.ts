import { makeStyles, tokens } from '@fluentui/react-components';

/** In-app links inside text, which look like Fluent's inline links (underlined, so not told by colour alone). */
export const useLinkStyles = makeStyles({
  link: {
    color: tokens.colorBrandForegroundLink,
    textDecoration: 'underline',
    ':hover': { color: tokens.colorBrandForegroundLinkHover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px', borderRadius: '2px' },
  },
});
