import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import FunctionIcon from '@/components/common/FunctionIcon.vue'
import { FUNCTION_ICONS } from '@/components/common/icons/functions'
import { catalogueV1 } from '@/domain/catalogue/v1'
import { catalogueV2 } from '@/domain/catalogue/v2'

// Every function of both catalogues, read from the catalogues themselves: a function added to
// either without an icon fails here.
const functionIds = [...new Set([...catalogueV1.functions, ...catalogueV2.functions].map((f) => f.id))]

describe('FunctionIcon', () => {
  it.each(functionIds)('draws an icon for the function %s', (id) => {
    const wrapper = mount(FunctionIcon, { props: { id } })
    const svg = wrapper.get('svg')
    expect(svg.attributes('viewBox')).toBe('0 0 24 24')
    expect(svg.findAll('path, circle, rect, line, polyline, polygon, ellipse').length).toBeGreaterThan(0)
  })

  it('covers the 30 functions of versions 1 and 2, and nothing else', () => {
    expect(functionIds).toHaveLength(30)
    expect(Object.keys(FUNCTION_ICONS).sort()).toEqual([...functionIds].sort())
  })

  it('gives each function its own drawing, so two functions never look alike', () => {
    const drawings = Object.values(FUNCTION_ICONS).map((nodes) => JSON.stringify(nodes))
    expect(new Set(drawings).size).toBe(drawings.length)
  })

  it('stays out of the way of screen readers: the function name beside it is the text', () => {
    const svg = mount(FunctionIcon, { props: { id: 'email' } }).get('svg')
    expect(svg.attributes('aria-hidden')).toBe('true')
    expect(svg.attributes('focusable')).toBe('false')
  })

  it('draws in the colour of the text around it, at the size asked', () => {
    const svg = mount(FunctionIcon, { props: { id: 'files', size: '2rem' } }).get('svg')
    expect(svg.attributes('stroke')).toBe('currentColor')
    expect(svg.attributes('width')).toBe('2rem')
  })
})
